//! `image verify NAME --glance IMAGE_ID`: the registry against OpenStack Glance.

use micado_security::ErrorClass;
use micado_security::credentials::Credentials;
use micado_security::crypto::SecretString;
use micado_security::images::glance::{self, Glance, GlanceImage};
use micado_security::images::hashing;
use micado_security::images::{Algorithm, Comparison, Digests, ImageEntry, Registry};
use micado_security::store::Store;

use super::{hash_path, print_verify};
use crate::cli::VerifyArgs;
use crate::commands::Context;
use crate::exit::CliError;
use crate::progress::ByteProgress;

/// HTTP client, token and image endpoint that `connect` found.
struct Connection {
    client: glance::Client,
    token: SecretString,
    endpoint: String,
}

pub fn verify(ctx: &Context<'_>, name: &str, args: &VerifyArgs) -> anyhow::Result<i32> {
    let id = args.glance.as_deref().expect("called with --glance");
    let mut store = ctx.open_unlocked("image verify")?;
    let entry = Registry::new(&mut store).get(name)?;
    let connection = connect(ctx, &mut store, args)?;
    let glance = Glance::new(&connection.client, &connection.endpoint, &connection.token);

    let record = glance.image(id)?;
    let (algorithm, glance_hex) = glance::glance_digest(&record, args.allow_md5)?;
    ctx.out.detail(&format!(
        "Glance image \"{id}\" ({}): {algorithm} {glance_hex}",
        record.status.as_deref().unwrap_or("unknown status")
    ));

    let mut registry = Registry::new(&mut store);
    let source = format!("glance:{id}");
    let outcome = if args.download {
        let downloaded = download(ctx, &glance, &record, &entry, algorithm)?;
        let check = glance_comparison(algorithm, &downloaded, &glance_hex);
        registry.verify_with(name, &downloaded, record.size, &source, vec![check])?
    } else if entry.digests.contains_key(&algorithm) {
        let digests = Digests::from([(algorithm, glance_hex)]);
        registry.verify_digests(name, &digests, record.size, &source)?
    } else if let Some(file) = &args.local_file {
        let mut algorithms: Vec<Algorithm> = entry.digests.keys().copied().collect();
        algorithms.push(algorithm);
        let hashed = hash_path(ctx, file, &algorithms)?;
        let check = glance_comparison(algorithm, &hashed.digests, &glance_hex);
        registry.verify_with(
            name,
            &hashed.digests,
            Some(hashed.size),
            &source,
            vec![check],
        )?
    } else {
        return Err(missing_algorithm(name, algorithm));
    };
    Ok(print_verify(ctx, &outcome, "glance"))
}

/// Compares the digest computed locally (or from the download) with
/// Glance's record. The `registered` side is the computed one, so the
/// output reads "computed against what Glance stores".
fn glance_comparison(algorithm: Algorithm, computed: &Digests, glance_hex: &str) -> Comparison {
    let actual = computed.get(&algorithm).cloned().unwrap_or_default();
    Comparison {
        algorithm,
        matches: actual == glance_hex,
        registered: actual,
        actual: glance_hex.to_string(),
    }
}

fn missing_algorithm(name: &str, algorithm: Algorithm) -> anyhow::Error {
    let message = if algorithm == Algorithm::Md5 {
        format!(
            "MD5 digests are never registered, so Glance's checksum cannot be compared with \"{name}\" directly"
        )
    } else {
        format!("the registry has no {algorithm} digest of \"{name}\" to compare with Glance's")
    };
    CliError::new(ErrorClass::InputRejected, message)
        .hint("give --file FILE to compute it from a local copy that matches the registry, or --download")
        .into()
}

/// Streams the image data through the hashing engine, computing Glance's
/// algorithm and every algorithm of the registry entry.
fn download(
    ctx: &Context<'_>,
    glance: &Glance<'_>,
    record: &GlanceImage,
    entry: &ImageEntry,
    algorithm: Algorithm,
) -> anyhow::Result<Digests> {
    let mut algorithms: Vec<Algorithm> = entry.digests.keys().copied().collect();
    algorithms.push(algorithm);
    let mut data = glance.download(&record.id)?;
    let label = format!("glance:{}", record.id);
    let progress = ByteProgress::new(&label, record.size, ctx.global.quiet > 0);
    let hashed = hashing::hash_stream(&mut data, &algorithms, &|n| progress.set(n));
    progress.finish();
    let hashed = hashed
        .map_err(|e| anyhow::anyhow!("download of Glance image \"{}\" failed: {e}", record.id))?;
    if let Some(size) = record.size
        && size != hashed.size
    {
        return Err(CliError::new(
            ErrorClass::VerificationFailed,
            format!(
                "Glance image \"{}\" sent {} bytes, but its record says {size}",
                record.id, hashed.size
            ),
        )
        .into());
    }
    Ok(hashed.digests)
}

/// Finds the token and the image endpoint: `OS_TOKEN` with `--glance-url`,
/// or a Keystone token for the nova credential named by `--credential`.
fn connect(ctx: &Context<'_>, store: &mut Store, args: &VerifyArgs) -> anyhow::Result<Connection> {
    let ca_file = std::env::var_os("OS_CACERT")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from);
    let client = glance::http_client(ca_file.as_deref())?;

    if let Some(token) = std::env::var("OS_TOKEN").ok().filter(|t| !t.is_empty()) {
        let endpoint = args.glance_url.clone().ok_or_else(|| {
            CliError::new(
                ErrorClass::Usage,
                "OS_TOKEN is set but the image endpoint is not",
            )
            .hint("give --glance-url URL or set OS_IMAGE_URL")
        })?;
        ctx.out.detail("using the token from OS_TOKEN");
        return Ok(Connection {
            client,
            token: SecretString::from(token),
            endpoint,
        });
    }

    let credential = Credentials::new(store).get(&args.credential, None)?;
    let session = glance::authenticate(&client, &credential.record)?;
    let endpoint = args
        .glance_url
        .clone()
        .or(session.image_endpoint)
        .ok_or_else(|| {
            CliError::new(
                ErrorClass::NotFound,
                "the Keystone catalog has no image endpoint",
            )
            .hint("give --glance-url URL")
        })?;
    ctx.out.detail(&format!(
        "authenticated with credential \"{}\"; image endpoint {endpoint}",
        args.credential
    ));
    Ok(Connection {
        client,
        token: session.token,
        endpoint,
    })
}
