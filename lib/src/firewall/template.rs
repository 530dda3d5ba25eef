//! Commented starting policies, written by `firewall init-policy`.

use super::policy::Preset;

const HEADER: &str = "\
# Packet filter policy of the master node, for `micadoctl firewall`.
#
#   micadoctl firewall render policy.yml --explain     # the rule order in words
#   micadoctl firewall check policy.yml                 # checked by nft -c
#   micadoctl firewall apply policy.yml                 # then: micadoctl firewall confirm
#
# Sources are IPv4 or IPv6 addresses and networks (192.0.2.0/24,
# 2001:db8::/32), `any`, or names of lists under `addresses`. Each address
# reaches only the rules of its family. Ports: 443/tcp, 500/udp,
# 8000-8100/tcp, \"[80, 443]/tcp\" (quoted, because of the brackets), esp, ah.
";

const MICADO_BODY: &str = "\
# Named address lists, used in `allow`, `cluster.sources` and `from`.
addresses:
  admins: [203.0.113.0/24, 2001:db8:10::/48]

# Management services. An entry with a preset name (ssh, web) changes that
# service; `enabled: false` removes it; other names add a service.
management:
  - name: ssh
    allow: [admins]            # the preset allows [any]
  # - name: web
  #   allow: [any]
  # - name: grafana
  #   port: 3000/tcp
  #   allow: [admins]

# Worker-facing services, reachable from `sources`. The preset allows
# [any], as MiCADO did; list the workers' networks to narrow it.
cluster:
  sources: [any]
  # trusted_networks: [172.27.0.0/16]    # every port; the preset's VPN network
  # services:
  #   - name: etcd
  #     enabled: false

# Interfaces whose traffic is accepted on every port (lo always is).
trusted_interfaces: [lo, cni0]

# Echo requests (ping) of both families: accept or drop. Neighbour
# discovery and the ICMP errors that connections need are always accepted.
icmp:
  echo_request: accept

# New connections that no rule accepts are logged, then rejected.
log:
  prefix: \"FILTERS DROP: \"     # at most 29 bytes for iptables
  level: warn
  rate: 10/minute
final: reject                  # or drop

# Extra rules, in this order, after the services.
rules: []
  # - {action: drop, proto: icmp, from: [198.51.100.0/24]}
  # - {name: node-exporter, action: accept, port: 9100/tcp, from: [admins]}
";

const NONE_BODY: &str = "\
addresses:
  admins: [203.0.113.0/24, 2001:db8:10::/48]

# Management services, reachable only from the listed sources.
management:
  - name: ssh
    port: 22/tcp
    allow: [admins]
  - name: web
    port: 443/tcp
    allow: [any]

# Worker-facing services, reachable from `sources`.
cluster:
  sources: [192.0.2.0/24]
  services:
    - name: kube-apiserver
      port: 6443/tcp

trusted_interfaces: [lo]
icmp:
  echo_request: accept
log:
  prefix: \"micadoctl drop: \"
  level: warn
  rate: 10/minute
final: reject

# Extra rules, in this order, after the services.
rules:
  - {action: drop, proto: icmp, from: [198.51.100.0/24]}
";

/// Returns a commented starting policy for `preset`.
pub fn starting_policy(preset: Preset) -> String {
    let body = match preset {
        Preset::MicadoKubeadm | Preset::MicadoK3s => MICADO_BODY,
        Preset::None => NONE_BODY,
    };
    format!("{HEADER}\npreset: {}\n\n{body}", preset.name())
}
