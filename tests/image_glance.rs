//! `image verify --glance` against a server in the test that responds as the
//! OpenStack Image API v2 (`GET /v2/images/{id}` and `/file`) and Keystone v3
//! (`POST /v3/auth/tokens`) do. Glance and Keystone cannot run here, so the
//! server follows their API references: image records with `os_hash_algo`,
//! `os_hash_value`, `checksum`, `status` and `size`, a plain-text 404 body,
//! and tokens in `X-Subject-Token` with a service catalog in the body.

mod common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use common::{TestHome, run_json, stderr, stdout};
use serde_json::{Value, json};

const TOKEN: &str = "gAAAAABtest-token-8c1d5e0f";
const PASSWORD: &str = "keystone-pass-71b2";
const IMAGE_ID: &str = "66d7043a-bf24-48a4-9cd7-f4cc7403ffa9";
const IMAGE_DATA: &[u8] = b"qcow2 image data of the test, short but real bytes";

/// MD5 through the coreutils tool, so the test does not reuse the code under test.
fn md5_hex(data: &[u8]) -> String {
    tool_digest("md5sum", data)
}

/// Runs a coreutils digest tool on `data`; returns its hex digest.
fn tool_digest(program: &str, data: &[u8]) -> String {
    use std::io::Write;
    use std::process::{Command, Stdio};

    common::require(program, "coreutils");
    let mut child = Command::new(program)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(data).unwrap();
    let output = child.wait_with_output().unwrap();
    stdout(&output)
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}

/// What the fake cloud serves for one image.
#[derive(Clone)]
struct ServedImage {
    record: Value,
    data: Option<Vec<u8>>,
}

#[derive(Default)]
struct CloudState {
    images: HashMap<String, ServedImage>,
    /// Bodies of the token requests received.
    token_requests: Vec<Value>,
    /// Request paths received, in order.
    paths: Vec<String>,
}

/// Glance and Keystone on 127.0.0.1 at a random port, until dropped.
struct FakeCloud {
    server: Arc<tiny_http::Server>,
    base: String,
    state: Arc<Mutex<CloudState>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl FakeCloud {
    fn start() -> Self {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
        let port = server.server_addr().to_ip().unwrap().port();
        let base = format!("http://127.0.0.1:{port}");
        let state = Arc::new(Mutex::new(CloudState::default()));
        let thread = {
            let server = Arc::clone(&server);
            let state = Arc::clone(&state);
            let base = base.clone();
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    handle(request, &state, &base);
                }
            })
        };
        FakeCloud {
            server,
            base,
            state,
            thread: Some(thread),
        }
    }

    /// Returns the image endpoint, below a path as in many deployments.
    fn image_url(&self) -> String {
        format!("{}/image", self.base)
    }

    fn serve(&self, record: Value, data: Option<&[u8]>) {
        let id = record["id"].as_str().unwrap().to_string();
        self.state.lock().unwrap().images.insert(
            id,
            ServedImage {
                record,
                data: data.map(<[u8]>::to_vec),
            },
        );
    }
}

impl Drop for FakeCloud {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            thread.join().unwrap();
        }
    }
}

fn header(name: &str, value: &str) -> tiny_http::Header {
    tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap()
}

fn json_response(status: u16, body: &Value) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    tiny_http::Response::from_data(body.to_string().into_bytes())
        .with_status_code(status)
        .with_header(header("Content-Type", "application/json"))
}

fn handle(mut request: tiny_http::Request, state: &Mutex<CloudState>, base: &str) {
    let path = request.url().to_string();
    state.lock().unwrap().paths.push(path.clone());
    let response = if request.method() == &tiny_http::Method::Post
        && path == "/identity/v3/auth/tokens"
    {
        let mut body = String::new();
        request.as_reader().read_to_string(&mut body).unwrap();
        let body: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
        state.lock().unwrap().token_requests.push(body.clone());
        token_response(&body, base)
    } else if let Some(rest) = path.strip_prefix("/image/v2/images/") {
        let token = request
            .headers()
            .iter()
            .find(|h| h.field.equiv("X-Auth-Token"))
            .map(|h| h.value.to_string());
        if token.as_deref() != Some(TOKEN) {
            json_response(
                401,
                &json!({ "error": { "code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication." } }),
            )
        } else {
            image_response(rest, state)
        }
    } else {
        tiny_http::Response::from_string("404 Not Found\n\nThe resource could not be found.\n\n   ")
            .with_status_code(404)
    };
    let _ = request.respond(response);
}

fn token_response(body: &Value, base: &str) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let password = &body["auth"]["identity"]["password"]["user"];
    let accepted = password["name"] == "demo" && password["password"] == PASSWORD;
    if !accepted {
        return json_response(
            401,
            &json!({ "error": { "code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication." } }),
        );
    }
    let catalog = json!([
        { "type": "identity", "name": "keystone", "endpoints": [
            { "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": format!("{base}/identity") } ] },
        { "type": "image", "name": "glance", "endpoints": [
            { "interface": "internal", "region": "RegionOne", "region_id": "RegionOne", "url": "http://192.0.2.10:9292" },
            { "interface": "public", "region": "RegionTwo", "region_id": "RegionTwo", "url": "http://192.0.2.11:9292" },
            { "interface": "public", "region": "RegionOne", "region_id": "RegionOne", "url": format!("{base}/image") } ] }
    ]);
    let token = json!({ "token": {
        "methods": ["password"],
        "expires_at": "2099-01-01T00:00:00.000000Z",
        "project": { "id": "8f0c", "name": "demo", "domain": { "id": "default", "name": "Default" } },
        "catalog": catalog,
    }});
    json_response(201, &token).with_header(header("X-Subject-Token", TOKEN))
}

fn image_response(
    rest: &str,
    state: &Mutex<CloudState>,
) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let (id, file) = match rest.strip_suffix("/file") {
        Some(id) => (id, true),
        None => (rest, false),
    };
    let served = state.lock().unwrap().images.get(id).cloned();
    let Some(served) = served else {
        return tiny_http::Response::from_string(format!(
            "404 Not Found\n\nNo image found with ID {id}\n\n   "
        ))
        .with_status_code(404)
        .with_header(header("Content-Type", "text/plain; charset=UTF-8"));
    };
    match (file, served.data) {
        (false, _) => json_response(200, &served.record),
        (true, Some(data)) => tiny_http::Response::from_data(data)
            .with_header(header("Content-Type", "application/octet-stream")),
        (true, None) => tiny_http::Response::from_data(Vec::new()).with_status_code(204),
    }
}

/// Builds a Glance record of `IMAGE_DATA` with the given hash fields.
fn record(algo: Option<&str>, value: Option<String>, checksum: Option<String>) -> Value {
    json!({
        "id": IMAGE_ID,
        "name": "ubuntu-22.04",
        "status": "active",
        "size": IMAGE_DATA.len(),
        "disk_format": "qcow2",
        "container_format": "bare",
        "visibility": "private",
        "checksum": checksum,
        "os_hash_algo": algo,
        "os_hash_value": value,
        "file": format!("/v2/images/{IMAGE_ID}/file"),
        "self": format!("/v2/images/{IMAGE_ID}"),
        "schema": "/v2/schemas/image",
    })
}

fn sha512(data: &[u8]) -> String {
    tool_digest("sha512sum", data)
}

/// Creates a home with the test image registered from its file.
fn home_with_image() -> (TestHome, tempfile::TempDir) {
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ubuntu.qcow2");
    std::fs::write(&file, IMAGE_DATA).unwrap();
    run_json(
        &home,
        &["image", "register", "ubuntu", file.to_str().unwrap()],
        "",
    );
    (home, dir)
}

/// Runs `image verify NAME --glance IMAGE_ID ARGS` with OS_TOKEN when given.
fn verify(home: &TestHome, token: Option<&str>, args: &[&str]) -> std::process::Output {
    let mut command = home.cmd();
    command
        .env_remove("OS_TOKEN")
        .env_remove("OS_IMAGE_URL")
        .env_remove("OS_CACERT");
    if let Some(token) = token {
        command.env("OS_TOKEN", token);
    }
    command
        .args(["image", "verify", "ubuntu", "--glance", IMAGE_ID])
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn os_token_sha512_match() {
    let cloud = FakeCloud::start();
    cloud.serve(
        record(
            Some("sha512"),
            Some(sha512(IMAGE_DATA)),
            Some(md5_hex(IMAGE_DATA)),
        ),
        None,
    );
    let (home, _dir) = home_with_image();

    let output = verify(&home, Some(TOKEN), &["--glance-url", &cloud.image_url()]);

    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("match: image \"ubuntu\""),
        "{}",
        stdout(&output)
    );
    let paths = cloud.state.lock().unwrap().paths.clone();
    assert_eq!(
        paths,
        [format!("/image/v2/images/{IMAGE_ID}")],
        "the image was downloaded"
    );
}

#[test]
fn modified_image_mismatch_exit_3() {
    let cloud = FakeCloud::start();
    let other = sha512(b"an image that someone replaced");
    cloud.serve(record(Some("sha512"), Some(other.clone()), None), None);
    let (home, _dir) = home_with_image();

    let output = verify(&home, Some(TOKEN), &["--glance-url", &cloud.image_url()]);

    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("MISMATCH"), "{text}");
    assert!(text.contains(&other), "Glance's digest missing: {text}");
    assert!(
        text.contains(&sha512(IMAGE_DATA)),
        "registered digest missing: {text}"
    );
}

#[test]
fn keystone_catalog_path_match() {
    let cloud = FakeCloud::start();
    cloud.serve(record(Some("sha512"), Some(sha512(IMAGE_DATA)), None), None);
    let (home, _dir) = home_with_image();
    let credential = json!({
        "auth_url": format!("{}/identity/v3", cloud.base),
        "username": "demo",
        "password": PASSWORD,
        "user_domain_name": "Default",
        "project_name": "demo",
        "project_domain_name": "Default",
        "region_name": "RegionOne",
    });
    run_json(
        &home,
        &["cred", "set", "nova", "--type", "nova", "--from-file", "-"],
        &credential.to_string(),
    );

    let output = verify(&home, None, &[]);

    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let state = cloud.state.lock().unwrap();
    let auth = &state.token_requests[0]["auth"];
    assert_eq!(auth["identity"]["methods"], json!(["password"]));
    assert_eq!(auth["scope"]["project"]["name"], "demo");
    assert_eq!(
        state.paths.last().unwrap(),
        &format!("/image/v2/images/{IMAGE_ID}")
    );

    // Neither the password nor the token reaches the output or the audit log.
    let audit = home.run(&["audit", "export"], "");
    for text in [stdout(&output), stderr(&output), stdout(&audit)] {
        assert!(!text.contains(PASSWORD), "password leaked: {text}");
        assert!(!text.contains(TOKEN), "token leaked: {text}");
    }
    assert!(
        stdout(&audit).contains("\"cred.get\""),
        "credential read not audited"
    );
}

#[test]
fn wrong_password_rejected() {
    let cloud = FakeCloud::start();
    let (home, _dir) = home_with_image();
    let credential = json!({
        "auth_url": format!("{}/identity", cloud.base),
        "username": "demo",
        "password": "not-the-password",
        "project_name": "demo",
    });
    run_json(
        &home,
        &["cred", "set", "nova", "--type", "nova", "--from-file", "-"],
        &credential.to_string(),
    );

    let output = verify(&home, None, &[]);

    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("401"), "{}", stderr(&output));
    assert!(
        !stderr(&output).contains("not-the-password"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn wrong_token_rejected() {
    let cloud = FakeCloud::start();
    cloud.serve(record(Some("sha512"), Some(sha512(IMAGE_DATA)), None), None);
    let (home, _dir) = home_with_image();
    let output = verify(
        &home,
        Some("expired-token"),
        &["--glance-url", &cloud.image_url()],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("token or credential was rejected"),
        "{}",
        stderr(&output)
    );
    assert!(
        !stderr(&output).contains("expired-token"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn unknown_image_exit_4() {
    let cloud = FakeCloud::start();
    let (home, _dir) = home_with_image();
    let output = verify(&home, Some(TOKEN), &["--glance-url", &cloud.image_url()]);
    assert_eq!(output.status.code(), Some(4), "{}", stderr(&output));
    assert!(stderr(&output).contains(&format!("Glance has no image with ID \"{IMAGE_ID}\"")));
}

#[test]
fn md5_only_needs_allow_md5() {
    let cloud = FakeCloud::start();
    cloud.serve(record(None, None, Some(md5_hex(IMAGE_DATA))), None);
    let (home, dir) = home_with_image();
    let url = cloud.image_url();

    let refused = verify(&home, Some(TOKEN), &["--glance-url", &url]);
    assert_eq!(refused.status.code(), Some(3), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("no os_hash_value"),
        "{}",
        stderr(&refused)
    );
    assert!(
        stderr(&refused).contains("--allow-md5"),
        "{}",
        stderr(&refused)
    );

    let no_file = verify(&home, Some(TOKEN), &["--glance-url", &url, "--allow-md5"]);
    assert_eq!(no_file.status.code(), Some(6), "{}", stderr(&no_file));

    let file = dir.path().join("ubuntu.qcow2");
    let allowed = verify(
        &home,
        Some(TOKEN),
        &[
            "--glance-url",
            &url,
            "--allow-md5",
            "--file",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(allowed.status.code(), Some(0), "{}", stderr(&allowed));
    assert!(stdout(&allowed).contains("md5"), "{}", stdout(&allowed));
}

#[test]
fn no_hash_own_message() {
    let cloud = FakeCloud::start();
    let mut queued = record(None, None, None);
    queued["status"] = json!("queued");
    queued["size"] = Value::Null;
    cloud.serve(queued, None);
    let (home, _dir) = home_with_image();
    let output = verify(
        &home,
        Some(TOKEN),
        &["--glance-url", &cloud.image_url(), "--allow-md5"],
    );
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("no os_hash_value and no checksum (status queued)"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn missing_algorithm_from_file() {
    let cloud = FakeCloud::start();
    cloud.serve(record(Some("sha512"), Some(sha512(IMAGE_DATA)), None), None);
    let home = TestHome::initialised();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("local.qcow2");
    std::fs::write(&file, IMAGE_DATA).unwrap();
    let sha256 = tool_digest("sha256sum", IMAGE_DATA);
    run_json(
        &home,
        &["image", "register", "ubuntu", "--sha256", &sha256],
        "",
    );
    let url = cloud.image_url();

    let refused = verify(&home, Some(TOKEN), &["--glance-url", &url]);
    assert_eq!(refused.status.code(), Some(6), "{}", stderr(&refused));
    assert!(
        stderr(&refused).contains("no sha512 digest"),
        "{}",
        stderr(&refused)
    );
    assert!(stderr(&refused).contains("--file"), "{}", stderr(&refused));

    let matched = verify(
        &home,
        Some(TOKEN),
        &["--glance-url", &url, "--file", file.to_str().unwrap()],
    );
    assert_eq!(matched.status.code(), Some(0), "{}", stderr(&matched));

    let other = dir.path().join("other.qcow2");
    std::fs::write(&other, b"not the registered image").unwrap();
    let wrong = verify(
        &home,
        Some(TOKEN),
        &["--glance-url", &url, "--file", other.to_str().unwrap()],
    );
    assert_eq!(wrong.status.code(), Some(3), "{}", stderr(&wrong));
}

#[test]
fn sha384_deployment_with_file() {
    let cloud = FakeCloud::start();
    let sha384 = tool_digest("sha384sum", IMAGE_DATA);
    cloud.serve(record(Some("sha384"), Some(sha384), None), None);
    let (home, dir) = home_with_image();
    let file = dir.path().join("ubuntu.qcow2");
    let output = verify(
        &home,
        Some(TOKEN),
        &[
            "--glance-url",
            &cloud.image_url(),
            "--file",
            file.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn download_hashes_data() {
    let cloud = FakeCloud::start();
    cloud.serve(
        record(Some("sha512"), Some(sha512(IMAGE_DATA)), None),
        Some(IMAGE_DATA),
    );
    let (home, _dir) = home_with_image();
    let output = verify(
        &home,
        Some(TOKEN),
        &[
            "--glance-url",
            &cloud.image_url(),
            "--download",
            "--output",
            "json",
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let doc: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["match"], true);
    let algorithms: Vec<&str> = doc["compared"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["algorithm"].as_str().unwrap())
        .collect();
    assert!(algorithms.contains(&"blake3"), "{doc:#}");
    assert!(
        cloud
            .state
            .lock()
            .unwrap()
            .paths
            .contains(&format!("/image/v2/images/{IMAGE_ID}/file")),
        "the data was not downloaded"
    );
}

#[test]
fn download_of_swapped_data_mismatch() {
    let cloud = FakeCloud::start();
    let swapped = b"data swapped behind the record, same length as before!";
    let mut served = record(Some("sha512"), Some(sha512(IMAGE_DATA)), None);
    served["size"] = json!(swapped.len());
    cloud.serve(served, Some(swapped));
    let (home, _dir) = home_with_image();
    let output = verify(
        &home,
        Some(TOKEN),
        &["--glance-url", &cloud.image_url(), "--download"],
    );
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("MISMATCH"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn os_token_without_endpoint_usage() {
    let (home, _dir) = home_with_image();
    let output = verify(&home, Some(TOKEN), &[]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("--glance-url"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn invalid_image_id_rejected() {
    let (home, _dir) = home_with_image();
    let mut command = home.cmd();
    let output = command
        .env("OS_TOKEN", TOKEN)
        .args([
            "image",
            "verify",
            "ubuntu",
            "--glance",
            "../../v3/users",
            "--glance-url",
            "http://127.0.0.1:9",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(6), "{}", stderr(&output));
}
