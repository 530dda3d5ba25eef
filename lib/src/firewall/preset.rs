//! The presets: MiCADO's master packet filter templates as policies.
//!
//! `micado-kubeadm` is the template of MiCADO v0.11 (kubeadm, flannel,
//! IPsec) and `micado-k3s` the one of v0.12 (k3s, WireGuard). Their open
//! ports are reproduced port for port, with two differences in form. First,
//! the template's `-d 172.27.0.0/16 -p tcp --dport 443` rule is left out
//! because the web port is open to every source already. Second, the
//! templates' unlimited LOG rule gets a rate limit of 10 lines a minute. The v0.12 template opens
//! WireGuard on 51820/udp for IPv4 but on 51821/udp for IPv6, and the preset
//! keeps that.

use super::address::{Family, SourceEntry};
use super::policy::{
    Action, Cluster, Icmp, Interface, Log, Origin, Policy, Preset, Rate, Service, SourceItem,
};

/// MiCADO's VPN network (IPsec in v0.11, WireGuard in v0.12), trusted fully.
const MICADO_VPN_NETWORK: &str = "172.27.0.0/16";

/// The log prefix of MiCADO's templates.
pub const MICADO_LOG_PREFIX: &str = "FILTERS DROP: ";

/// Builds the policy of `preset` before any file changes it.
pub fn base(preset: Preset) -> Policy {
    let micado = preset != Preset::None;
    let origin = |entry: &str| Origin::preset(preset, entry);
    let any_source = |entry: &str| SourceItem {
        entry: SourceEntry::Any,
        origin: origin(entry),
        list: None,
    };
    let cluster = Cluster {
        // The templates open the cluster ports to every source, because the
        // workers' addresses are not known when the master is set up.
        sources: if micado {
            vec![any_source("cluster sources")]
        } else {
            Vec::new()
        },
        trusted_networks: if micado {
            vec![SourceItem {
                entry: SourceEntry::Net(MICADO_VPN_NETWORK.parse().expect("valid network")),
                origin: origin("cluster trusted_networks"),
                list: Some("trusted".into()),
            }]
        } else {
            Vec::new()
        },
        services: cluster_services(preset),
    };
    Policy {
        preset,
        management: management_services(preset),
        cluster,
        trusted_interfaces: if micado {
            vec![Interface("lo".into()), Interface("cni0".into())]
        } else {
            vec![Interface("lo".into())]
        },
        trusted_interfaces_origin: origin("trusted_interfaces"),
        icmp: Icmp {
            echo_request: Action::Accept,
            origin: origin("icmp echo_request"),
        },
        log: Some(Log {
            prefix: if micado {
                MICADO_LOG_PREFIX.into()
            } else {
                "micadoctl drop: ".into()
            },
            level: "warn",
            rate: Rate {
                count: 10,
                unit: "minute",
            },
            origin: origin("log"),
        }),
        final_action: Action::Reject,
        rules: Vec::new(),
        warnings: Vec::new(),
    }
}

fn management_services(preset: Preset) -> Vec<Service> {
    if preset == Preset::None {
        return Vec::new();
    }
    let mut services = vec![
        Policy::preset_service(preset, "ssh", "22/tcp", None),
        Policy::preset_service(preset, "web", "443/tcp", None),
    ];
    for service in &mut services {
        service.allow = Some(vec![SourceItem {
            entry: SourceEntry::Any,
            origin: service.origin.clone(),
            list: None,
        }]);
    }
    services
}

fn cluster_services(preset: Preset) -> Vec<Service> {
    let service = |name, port, family| Policy::preset_service(preset, name, port, family);
    match preset {
        Preset::MicadoKubeadm => vec![
            service("kube-apiserver", "6443/tcp", None),
            service("etcd", "2379-2380/tcp", None),
            service("kubelet", "10250/tcp", None),
            service("kube-scheduler", "10251/tcp", None),
            service("kube-controller-manager", "10252/tcp", None),
            service("flannel", "[8285, 8472]/udp", None),
            service("ike", "[500, 4500]/udp", None),
            service("esp", "esp", None),
            service("ah", "ah", None),
        ],
        Preset::MicadoK3s => vec![
            service("kube-apiserver", "6443/tcp", None),
            service("kubelet", "10250/tcp", None),
            service("wireguard", "51820/udp", Some(Family::Ipv4)),
            service("wireguard-ipv6", "51821/udp", Some(Family::Ipv6)),
        ],
        Preset::None => Vec::new(),
    }
}
