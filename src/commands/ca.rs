//! The `ca` group.

use std::path::Path;
use std::time::Duration;

use micado_security::ErrorClass;
use micado_security::fsutil;
use micado_security::pki::config::{ConfigRequest, Mode, Role};
use micado_security::pki::export::{self, WrittenFile};
use micado_security::pki::san::SanOptions;
use micado_security::pki::{
    CaRequest, CertificateInfo, CrlFormat, IssueOutcome, IssueRequest, KeyAlgorithm, Pki, PkiError,
    Profile, RevocationReason,
};
use serde_json::json;
use tabled::Tabled;

use super::{Context, changed_text};
use crate::cli::ca::{
    CaCommand, ConfigArgs, CrlArgs, CrlFormatArg, ExportArgs, ExportFormatArg, InitArgs, IssueArgs,
    KeyArg, ModeArg, ProfileArg, ReasonArg, RenewArgs, RoleArg,
};
use crate::exit::CliError;

pub fn run(ctx: &Context<'_>, command: CaCommand) -> anyhow::Result<i32> {
    match command {
        CaCommand::Init(args) => init(ctx, args),
        CaCommand::Issue(args) => issue(ctx, args),
        CaCommand::List { expiring_within } => list(ctx, expiring_within),
        CaCommand::Show {
            name_or_serial,
            pem,
        } => show(ctx, name_or_serial.as_deref(), pem),
        CaCommand::Revoke {
            name_or_serial,
            reason,
        } => revoke(ctx, &name_or_serial, reason),
        CaCommand::Crl(args) => crl(ctx, args),
        CaCommand::Renew(args) => renew(ctx, args),
        CaCommand::Export(args) => export(ctx, args),
        CaCommand::Config(args) => config(ctx, args),
    }
}

fn duration(option: &str, value: Duration) -> anyhow::Result<time::Duration> {
    time::Duration::try_from(value).map_err(|_| {
        CliError::new(
            ErrorClass::InputRejected,
            format!("{option} {} is too long", humantime::format_duration(value)),
        )
        .into()
    })
}

fn algorithm(key: KeyArg) -> KeyAlgorithm {
    match key {
        KeyArg::EcdsaP256 => KeyAlgorithm::EcdsaP256,
        KeyArg::Ed25519 => KeyAlgorithm::Ed25519,
        KeyArg::Rsa3072 => KeyAlgorithm::Rsa3072,
    }
}

fn init(ctx: &Context<'_>, args: InitArgs) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("ca init")?;
    let request = CaRequest {
        name: args.name,
        algorithm: algorithm(args.key),
        validity: duration("--validity", args.validity)?,
        if_missing: args.if_missing,
    };
    let outcome = Pki::new(&mut store).init(&request)?;
    ctx.out.result(&outcome, || {
        format!(
            "{}: CA \"{}\" ({}), serial {}, valid until {}\n",
            changed_text(outcome.changed),
            outcome.ca.name,
            outcome.ca.algorithm.as_str(),
            outcome.ca.serial,
            outcome.ca.not_after
        )
    });
    Ok(0)
}

fn issue(ctx: &Context<'_>, args: IssueArgs) -> anyhow::Result<i32> {
    let csr = match &args.csr {
        Some(path) => {
            let data = std::fs::read(path).map_err(|e| PkiError::Io {
                path: path.clone(),
                source: e,
            })?;
            Some((data, path.display().to_string()))
        }
        None => None,
    };
    let request = IssueRequest {
        name: args.name,
        profile: match args.cert_profile {
            ProfileArg::Master => Profile::Master,
            ProfileArg::Worker => Profile::Worker,
            ProfileArg::Server => Profile::Server,
            ProfileArg::Client => Profile::Client,
        },
        sans: args.san,
        san_options: SanOptions {
            allow_broad_wildcard: args.allow_broad_wildcard,
            windows_ike_compat: args.windows_ike_compat,
        },
        validity: duration("--validity", args.validity)?,
        backdate: duration("--backdate", args.backdate)?,
        algorithm: algorithm(args.key),
        csr,
        if_missing: args.if_missing,
    };
    let mut store = ctx.open_unlocked("ca issue")?;
    if let Some(count) = args.count {
        return issue_batch(ctx, &mut store, &request, count);
    }
    let outcome = Pki::new(&mut store).issue(&request)?;
    print_issued(ctx, &outcome);
    Ok(0)
}

/// Issues NAME-1 to NAME-COUNT in one transaction.
fn issue_batch(
    ctx: &Context<'_>,
    store: &mut micado_security::store::Store,
    template: &IssueRequest,
    count: u32,
) -> anyhow::Result<i32> {
    let requests: Vec<IssueRequest> = (1..=count)
        .map(|i| IssueRequest {
            name: format!("{}-{i}", template.name),
            ..template.clone()
        })
        .collect();
    let outcomes = Pki::new(store).issue_many(&requests)?;
    let changed = outcomes.iter().any(|o| o.changed);
    let certificates: Vec<&CertificateInfo> = outcomes.iter().map(|o| &o.certificate).collect();
    ctx.out.result(
        &json!({ "changed": changed, "certificates": certificates }),
        || {
            let issued = outcomes.iter().filter(|o| o.changed).count();
            format!(
                "{}: {issued} of {count} certificates issued, {} kept\n",
                changed_text(changed),
                outcomes.len() - issued
            )
        },
    );
    Ok(0)
}

fn print_issued(ctx: &Context<'_>, outcome: &IssueOutcome) {
    ctx.out.result(outcome, || {
        let cert = &outcome.certificate;
        let mut text = format!(
            "{}: certificate \"{}\", serial {}, {}, valid until {}\n",
            changed_text(outcome.changed),
            cert.name,
            cert.serial,
            cert.sans.join(", "),
            cert.not_after
        );
        if let Some(old) = &outcome.superseded {
            text.push_str(&format!("revoked the superseded certificate {old}\n"));
        }
        text
    });
}

#[derive(Tabled)]
struct Row {
    #[tabled(rename = "SERIAL")]
    serial: String,
    #[tabled(rename = "NAME")]
    name: String,
    #[tabled(rename = "SANS")]
    sans: String,
    #[tabled(rename = "NOT AFTER")]
    not_after: String,
    #[tabled(rename = "STATUS")]
    status: String,
}

fn list(ctx: &Context<'_>, expiring_within: Option<Duration>) -> anyhow::Result<i32> {
    let window = expiring_within
        .map(|d| duration("--expiring-within", d))
        .transpose()?;
    let mut store = ctx.open("ca list")?;
    let certificates = Pki::new(&mut store).list(window)?;
    ctx.out
        .result(&json!({ "certificates": certificates }), || {
            if certificates.is_empty() {
                return String::new();
            }
            let rows: Vec<Row> = certificates
                .iter()
                .map(|c| Row {
                    serial: c.serial.clone(),
                    name: c.name.clone(),
                    sans: c.sans.join(","),
                    not_after: c.not_after.clone(),
                    status: c.status.as_str().into(),
                })
                .collect();
            crate::output::table(&rows)
        });
    Ok(0)
}

fn show(ctx: &Context<'_>, name_or_serial: Option<&str>, pem: bool) -> anyhow::Result<i32> {
    let mut store = ctx.open("ca show")?;
    let pki = Pki::new(&mut store);
    let Some(name_or_serial) = name_or_serial else {
        let ca = pki.ca()?;
        let ca_pem = pki.ca_pem()?;
        if pem && !ctx.out.is_json() {
            ctx.out.raw(ca_pem.as_bytes());
            return Ok(0);
        }
        let mut doc = serde_json::to_value(&ca)?;
        if pem {
            doc["pem"] = ca_pem.clone().into();
        }
        ctx.out.result(&doc, || {
            format!(
                "CA:           {}\nalgorithm:    {}\nserial:       {}\nsubject:      {}\nnot before:   {}\nnot after:    {}\nSHA-256:      {}\nCRL number:   {}\n",
                ca.name,
                ca.algorithm.as_str(),
                ca.serial,
                ca.subject,
                ca.not_before,
                ca.not_after,
                ca.fingerprint_sha256,
                ca.crl_number
            )
        });
        return Ok(0);
    };
    let (info, cert_pem) = pki.show(name_or_serial)?;
    if pem && !ctx.out.is_json() {
        ctx.out.raw(cert_pem.as_bytes());
        return Ok(0);
    }
    let mut doc = serde_json::to_value(&info)?;
    if pem {
        doc["pem"] = cert_pem.into();
    }
    ctx.out.result(&doc, || details_text(&info));
    Ok(0)
}

fn details_text(info: &CertificateInfo) -> String {
    let mut text = format!(
        "name:         {}\nserial:       {}\nprofile:      {}\nstatus:       {}\nsubject:      {}\nissuer:       {}\nSANs:         {}\nnot before:   {}\nnot after:    {}\n",
        info.name,
        info.serial,
        info.profile,
        info.status.as_str(),
        info.subject,
        info.issuer,
        info.sans.join(", "),
        info.not_before,
        info.not_after,
    );
    if let (Some(time), Some(reason)) = (&info.revoked, &info.revocation_reason) {
        text.push_str(&format!("revoked:      {time} ({reason})\n"));
    }
    let key = match info.key_algorithm {
        Some(algorithm) => format!("{} (in the store)", algorithm.as_str()),
        None => "not in the store (signed from a request)".into(),
    };
    text.push_str(&format!(
        "key:          {key}\nSHA-256:      {}\n",
        info.fingerprint_sha256
    ));
    text
}

fn reason(arg: ReasonArg) -> RevocationReason {
    match arg {
        ReasonArg::Unspecified => RevocationReason::Unspecified,
        ReasonArg::KeyCompromise => RevocationReason::KeyCompromise,
        ReasonArg::CaCompromise => RevocationReason::CaCompromise,
        ReasonArg::AffiliationChanged => RevocationReason::AffiliationChanged,
        ReasonArg::Superseded => RevocationReason::Superseded,
        ReasonArg::CessationOfOperation => RevocationReason::CessationOfOperation,
        ReasonArg::PrivilegeWithdrawn => RevocationReason::PrivilegeWithdrawn,
    }
}

fn revoke(ctx: &Context<'_>, name_or_serial: &str, arg: ReasonArg) -> anyhow::Result<i32> {
    let mut store = ctx.open_unlocked("ca revoke")?;
    let outcome = Pki::new(&mut store).revoke(name_or_serial, reason(arg))?;
    ctx.out.result(&outcome, || {
        let cert = &outcome.certificate;
        format!(
            "{}: certificate \"{}\", serial {}, revoked {} ({})\n",
            changed_text(outcome.changed),
            cert.name,
            cert.serial,
            cert.revoked.as_deref().unwrap_or_default(),
            cert.revocation_reason.as_deref().unwrap_or_default()
        )
    });
    if outcome.changed {
        ctx.out
            .note("run `micadoctl ca crl` to publish a CRL that lists it");
    }
    Ok(0)
}

fn crl(ctx: &Context<'_>, args: CrlArgs) -> anyhow::Result<i32> {
    let window = args
        .renew_if_within
        .map(|d| duration("--renew-if-within", d))
        .transpose()?;
    let format = match args.format {
        CrlFormatArg::Der => CrlFormat::Der,
        CrlFormatArg::Pem => CrlFormat::Pem,
    };
    let mut store = ctx.open_unlocked("ca crl")?;
    let outcome = Pki::new(&mut store).crl(window)?;
    let encoded = outcome.encode(format);
    let mut doc = serde_json::to_value(&outcome)?;
    match &args.out {
        Some(path) => {
            let written = write_file(path, &encoded)?;
            doc["out"] = json!(path);
            doc["file_changed"] = written.changed.into();
        }
        None if ctx.out.is_json() => {
            doc["pem"] = String::from_utf8(outcome.encode(CrlFormat::Pem))?.into();
        }
        None => {
            ctx.out.raw(&encoded);
            return Ok(0);
        }
    }
    ctx.out.result(&doc, || {
        format!(
            "{}: CRL number {}, {} revoked, next update {}\n",
            changed_text(outcome.changed),
            outcome.crl_number,
            outcome.revoked,
            outcome.next_update
        )
    });
    Ok(0)
}

fn renew(ctx: &Context<'_>, args: RenewArgs) -> anyhow::Result<i32> {
    let window = args
        .if_expires_within
        .map(|d| duration("--if-expires-within", d))
        .transpose()?;
    let validity = duration("--validity", args.validity)?;
    let backdate = duration("--backdate", args.backdate)?;
    let mut store = ctx.open_unlocked("ca renew")?;
    let outcome = Pki::new(&mut store).renew(&args.name, window, args.rekey, validity, backdate)?;
    print_issued(ctx, &outcome);
    Ok(0)
}

fn export(ctx: &Context<'_>, args: ExportArgs) -> anyhow::Result<i32> {
    let format_name = match args.format {
        ExportFormatArg::Swanctl => "swanctl",
        ExportFormatArg::IpsecD => "ipsec.d",
        ExportFormatArg::PemBundle => "pem-bundle",
    };
    let dir = match (args.format, &args.dir, &args.out) {
        (ExportFormatArg::PemBundle, Some(_), _) => {
            return Err(usage(
                "pem-bundle takes no DIR; give --out FILE or read stdout",
            ));
        }
        (ExportFormatArg::PemBundle, None, _) => None,
        (_, None, _) => return Err(usage(&format!("--format {format_name} needs a DIR"))),
        (_, Some(_), Some(_)) => {
            return Err(usage(
                "--out is for pem-bundle; the other formats write into DIR",
            ));
        }
        (_, Some(dir), None) => Some(dir.clone()),
    };
    let mut store = ctx.open_unlocked("ca export")?;
    let material = Pki::new(&mut store).export_material(&args.name_or_serial, format_name)?;
    let files = match (args.format, dir) {
        (ExportFormatArg::Swanctl, Some(dir)) => export::write_swanctl(&dir, &material)?,
        (ExportFormatArg::IpsecD, Some(dir)) => export::write_ipsec_d(&dir, &material)?,
        _ => {
            let bundle = export::pem_bundle(&material)?;
            match &args.out {
                Some(path) => vec![write_file(path, bundle.as_bytes())?],
                None => {
                    ctx.out.raw(bundle.as_bytes());
                    return Ok(0);
                }
            }
        }
    };
    if material.key_pem.is_none() {
        ctx.out.warn(&format!(
            "certificate \"{}\" was signed from a request, so no private key was written",
            material.name
        ));
    }
    if material.crl_outdated && args.format != ExportFormatArg::PemBundle {
        ctx.out.warn(
            "the exported CRL misses a later revocation or is past its nextUpdate; \
             run `micadoctl ca crl` and export again",
        );
    }
    if material.crl_der.is_none() && args.format != ExportFormatArg::PemBundle {
        ctx.out
            .note("no CRL was written because `micadoctl ca crl` has not made one yet");
    }
    let changed = files.iter().any(|f| f.changed);
    ctx.out
        .result(&json!({ "changed": changed, "files": files }), || {
            files
                .iter()
                .map(|f| format!("{}: {}\n", changed_text(f.changed), f.path.display()))
                .collect()
        });
    Ok(0)
}

fn config(ctx: &Context<'_>, args: ConfigArgs) -> anyhow::Result<i32> {
    let role = match args.role {
        RoleArg::Master => Role::Master,
        RoleArg::Worker => Role::Worker,
    };
    let mode = match args.mode {
        ModeArg::Transport => Mode::Transport,
        ModeArg::Tunnel => Mode::Tunnel {
            local_ts: args.local_ts.clone().unwrap_or_default(),
            remote_ts: args.remote_ts.clone().unwrap_or_default(),
        },
    };
    let name = args.name.clone().unwrap_or_else(|| match role {
        Role::Master => "master".into(),
        Role::Worker => "worker".into(),
    });
    let request = ConfigRequest {
        role,
        master_address: args.master_address.clone(),
        name,
        remote_id: args.remote_id.clone(),
        mode,
        legacy: args.legacy,
    };
    let mut store = ctx.open("ca config")?;
    let text = Pki::new(&mut store).config(&request)?;
    match &args.out {
        Some(path) => {
            let written = write_file(path, text.as_bytes())?;
            ctx.out
                .result(&json!({ "changed": written.changed, "out": path }), || {
                    format!("{}: {}\n", changed_text(written.changed), path.display())
                });
        }
        None if ctx.out.is_json() => ctx.out.result(&json!({ "config": text }), String::new),
        None => ctx.out.raw(text.as_bytes()),
    }
    Ok(0)
}

fn usage(message: &str) -> anyhow::Error {
    CliError::new(ErrorClass::Usage, message).into()
}

/// Writes `contents` atomically with mode 0600 unless the file has them already.
fn write_file(path: &Path, contents: &[u8]) -> anyhow::Result<WrittenFile> {
    // The old file may be a key bundle, so its copy in memory is zeroized.
    let same =
        std::fs::read(path).is_ok_and(|old| zeroize::Zeroizing::new(old).as_slice() == contents);
    if !same {
        fsutil::write_private_atomic(path, contents).map_err(|e| PkiError::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
    }
    Ok(WrittenFile {
        path: path.to_path_buf(),
        changed: !same,
    })
}
