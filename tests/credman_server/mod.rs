//! A small stand-in for the MiCADO Credential Manager, which cannot run here
//! (it needs its Flask application and database). It follows the service's
//! protocol as `app/dbmodels.py` of micado-scale/component-credential-manager
//! implements it, served under `/v1.1/`:
//!
//! - parameters are read from the query string and, for POST and PUT, from a
//!   form-encoded body. A GET body is ignored, as newer Werkzeug does;
//! - `verify` returns HTTP 200 with the result in the JSON `code` field: 200,
//!   401, or 423 once an account has failed more than 5 times in a row;
//! - errors are HTTP 400 with some of `user message`, `developer message` and
//!   `result`; a fault is an HTML page with HTTP 500 (the user name `fault`
//!   triggers one);
//! - `adduser` accepts only ASCII letters and digits in a password and
//!   generates 8 to 16 of them when none is sent;
//! - `listusers` returns a JSON array served as `text/html`.

#![allow(
    dead_code,
    reason = "each test binary uses a different part of this module"
)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use serde_json::{Value, json};

/// Failures after which the service locks an account (it locks on the next).
const MAX_FAILS: u32 = 5;

/// One account of the stand-in.
#[derive(Debug, Clone)]
pub struct Account {
    pub email: String,
    pub password: String,
    pub role: &'static str,
    pub fails: u32,
    pub locked: bool,
}

/// One request as the server received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    pub path: String,
    pub query: String,
    pub content_type: Option<String>,
    pub body: String,
}

#[derive(Default)]
struct State {
    accounts: BTreeMap<String, Account>,
    requests: Vec<Recorded>,
}

/// A running stand-in on 127.0.0.1 with a random port.
pub struct CredmanServer {
    pub port: u16,
    state: Arc<Mutex<State>>,
}

impl CredmanServer {
    /// Starts the server on a thread that runs as long as the test process.
    pub fn start() -> CredmanServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let state = Arc::new(Mutex::new(State::default()));
        let shared = Arc::clone(&state);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let state = Arc::clone(&shared);
                std::thread::spawn(move || handle(stream, &state));
            }
        });
        CredmanServer { port, state }
    }

    /// Returns the API base URL.
    pub fn api(&self) -> String {
        format!("http://127.0.0.1:{}/v1.1/", self.port)
    }

    /// Returns the account `name`, if it exists.
    pub fn account(&self, name: &str) -> Option<Account> {
        self.state.lock().unwrap().accounts.get(name).cloned()
    }

    /// Returns every request received so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.state.lock().unwrap().requests.clone()
    }
}

fn handle(stream: TcpStream, state: &Mutex<State>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let Some(request) = read_request(&mut reader) else {
        return;
    };
    let (status, content_type, body) = {
        let mut state = state.lock().unwrap();
        state.requests.push(request.clone());
        respond(&request, &mut state)
    };
    let reason = match status {
        200 => "OK",
        400 => "BAD REQUEST",
        404 => "NOT FOUND",
        405 => "METHOD NOT ALLOWED",
        _ => "INTERNAL SERVER ERROR",
    };
    let mut stream = stream;
    let _ = write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Recorded> {
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();

    let mut content_type = None;
    let mut length = 0usize;
    loop {
        let mut header = String::new();
        reader.read_line(&mut header).ok()?;
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        match name.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = Some(value.trim().to_string()),
            "content-length" => length = value.trim().parse().ok()?,
            _ => {}
        }
    }

    let mut body = vec![0u8; length];
    reader.read_exact(&mut body).ok()?;

    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    Some(Recorded {
        method,
        path: path.to_string(),
        query: query.to_string(),
        content_type,
        body: String::from_utf8_lossy(&body).into_owned(),
    })
}

/// Flask's `request.values`: the query string, plus the form body when the
/// request is form-encoded and not a GET.
fn values(request: &Recorded) -> BTreeMap<String, String> {
    let mut values: BTreeMap<String, String> = form_urlencoded::parse(request.query.as_bytes())
        .into_owned()
        .collect();
    let is_form = request
        .content_type
        .as_deref()
        .is_some_and(|t| t.starts_with("application/x-www-form-urlencoded"));
    if request.method != "GET" && is_form {
        values.extend(form_urlencoded::parse(request.body.as_bytes()).into_owned());
    }
    values
}

type Response = (u16, &'static str, String);

fn json_response(status: u16, body: Value) -> Response {
    (status, "application/json", body.to_string())
}

fn bad_request(body: Value) -> Response {
    json_response(400, body)
}

fn lack_of_input() -> Response {
    bad_request(json!({"code": 400, "user message": "Lack of input", "result": "Lack of input"}))
}

fn fault() -> Response {
    let page = "<!doctype html>\n<html lang=en>\n<title>500 Internal Server Error</title>\n<h1>Internal Server Error</h1>\n<p>Undefined error. Check error message and error details in the log file for more information!</p>\n";
    (500, "text/html; charset=utf-8", page.to_string())
}

fn respond(request: &Recorded, state: &mut State) -> Response {
    let Some(endpoint) = request.path.strip_prefix("/v1.1/") else {
        return (404, "text/html", "<h1>Not Found</h1>".into());
    };
    let values = values(request);
    if values.get("username").map(String::as_str) == Some("fault") {
        return fault();
    }
    let expected_method = match endpoint {
        "adduser" | "verify" => "POST",
        "resetpwd" | "changepwd" | "changerole" | "deleteuser" => "PUT",
        "getrole" | "listusers" => "GET",
        _ => return (404, "text/html", "<h1>Not Found</h1>".into()),
    };
    if request.method != expected_method {
        return (405, "text/html", "<h1>Method Not Allowed</h1>".into());
    }
    match endpoint {
        "adduser" => add_user(&values, state),
        "verify" => verify(&values, state),
        "resetpwd" => reset_password(&values, state),
        "changepwd" => change_password(&values, state),
        "changerole" => change_role(&values, state),
        "deleteuser" => delete_user(&values, state),
        "getrole" => get_role(&values, state),
        _ => list_users(state),
    }
}

fn name_of(values: &BTreeMap<String, String>) -> Option<String> {
    values.get("username").filter(|n| !n.is_empty()).cloned()
}

fn user_not_found() -> Response {
    bad_request(
        json!({"code": 400, "user message": "User name does not exist", "developer message": "User name does not exist"}),
    )
}

fn add_user(values: &BTreeMap<String, String>, state: &mut State) -> Response {
    let Some(name) = name_of(values) else {
        return bad_request(
            json!({"code": 400, "user message": "Lack of input", "developer message": "Lack of input"}),
        );
    };
    if !name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
    {
        return bad_request(
            json!({"code": 400, "user message": "Wrong user name format", "developer message": "Wrong user name format"}),
        );
    }
    let (password, message) = match values.get("password") {
        Some(password) => (
            password.clone(),
            "Password is set by inputted value from the user".to_string(),
        ),
        None => {
            let generated = generate_password();
            let message = format!("Password is auto-generated. Its value is: {generated}");
            (generated, message)
        }
    };
    if password.is_empty() || !password.chars().all(|c| c.is_ascii_alphanumeric()) {
        return bad_request(
            json!({"code": 400, "user message": "Password must contain only letters and digits", "developer message": "Password must contain only letters and digits"}),
        );
    }
    if state.accounts.contains_key(&name) {
        return bad_request(
            json!({"code": 400, "user message": "This user existed!", "developer message": "This user existed!"}),
        );
    }
    let account = Account {
        email: values.get("email").cloned().unwrap_or_default(),
        password,
        role: "user",
        fails: 0,
        locked: false,
    };
    state.accounts.insert(name, account);
    json_response(
        200,
        json!({"code": 200, "user message": "Add user successfully!", "developer message": message}),
    )
}

/// The service's generator: 8 to 16 letters and digits.
fn generate_password() -> String {
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    (0..12)
        .map(|i| char::from(alphabet[((seed >> (i % 16)) as usize + i * 7) % alphabet.len()]))
        .collect()
}

fn verify(values: &BTreeMap<String, String>, state: &mut State) -> Response {
    let (Some(name), Some(password)) = (
        name_of(values),
        values.get("password").filter(|p| !p.is_empty()),
    ) else {
        return lack_of_input();
    };
    let Some(account) = state.accounts.get_mut(&name) else {
        return json_response(
            200,
            json!({"code": 401, "user message": "User name or password is wrong!", "result": "User name does not exist"}),
        );
    };
    if account.locked {
        return json_response(
            200,
            json!({"code": 423, "user message": "Your account is being locked", "result": "Your account is being locked due to continous failed attempts to log in. Please try again after 01/01/2030 00:00:06", "lock status": "Locked"}),
        );
    }
    if *password == account.password {
        account.fails = 0;
        return json_response(
            200,
            json!({"code": 200, "user message": "User is authenticated!", "result": "User is authenticated!", "lock status": "Not locked", "role": "user"}),
        );
    }
    account.fails += 1;
    let code = if account.fails > MAX_FAILS {
        account.locked = true;
        423
    } else {
        401
    };
    json_response(
        200,
        json!({"code": code, "user message": "User is NOT authenticated!", "result": "Password does not match!", "number of fails": account.fails}),
    )
}

fn reset_password(values: &BTreeMap<String, String>, state: &mut State) -> Response {
    let Some(name) = name_of(values) else {
        return lack_of_input();
    };
    let Some(account) = state.accounts.get_mut(&name) else {
        return bad_request(json!({"code": 400, "developer message": "User name does not exist"}));
    };
    account.password = generate_password();
    json_response(
        200,
        json!({"code": 200, "developer message": "Reset password successfully!", "new password": account.password}),
    )
}

fn change_password(values: &BTreeMap<String, String>, state: &mut State) -> Response {
    let fields = (
        name_of(values),
        values.get("oldpasswd"),
        values.get("newpasswd"),
    );
    let (Some(name), Some(old), Some(new)) = fields else {
        return lack_of_input();
    };
    let Some(account) = state.accounts.get_mut(&name) else {
        return bad_request(json!({"code": 400, "developer message": "User name does not exist"}));
    };
    if *old != account.password {
        return bad_request(
            json!({"code": 400, "developer message": "Failed to change password. Please check your password!"}),
        );
    }
    account.password = new.clone();
    json_response(
        200,
        json!({"code": 200, "developer message": "Your password is changed successfully!"}),
    )
}

fn change_role(values: &BTreeMap<String, String>, state: &mut State) -> Response {
    let (Some(name), Some(role)) = (name_of(values), values.get("newrole")) else {
        return lack_of_input();
    };
    let role: &'static str = match role.as_str() {
        "user" => "user",
        "admin" => "admin",
        _ => {
            return bad_request(
                json!({"code": 400, "user message": "Role does not exist", "developer message": "Role does not exist"}),
            );
        }
    };
    let Some(account) = state.accounts.get_mut(&name) else {
        return user_not_found();
    };
    let message = if account.role == role {
        "User role is the same"
    } else {
        "Change user role successfully"
    };
    account.role = role;
    json_response(
        200,
        json!({"code": 200, "user message": message, "developer message": message}),
    )
}

fn delete_user(values: &BTreeMap<String, String>, state: &mut State) -> Response {
    let Some(name) = name_of(values) else {
        return lack_of_input();
    };
    if state.accounts.remove(&name).is_none() {
        return user_not_found();
    }
    json_response(
        200,
        json!({"code": 200, "user message": "Delete user successfully", "developer message": "Delete user successfully"}),
    )
}

fn get_role(values: &BTreeMap<String, String>, state: &mut State) -> Response {
    let Some(name) = name_of(values) else {
        return lack_of_input();
    };
    match state.accounts.get(&name) {
        Some(account) => json_response(200, json!({"code": 200, "role": account.role})),
        None => user_not_found(),
    }
}

fn list_users(state: &mut State) -> Response {
    let users: Vec<Value> = state
        .accounts
        .iter()
        .map(|(name, account)| {
            let mut row = json!({"username": name, "email": account.email, "role": account.role});
            if account.fails > 0 || account.locked {
                row["locked"] = json!(if account.locked { "locked" } else { "unlocked" });
            }
            row
        })
        .collect();
    // Flask serves the string a view returns as text/html.
    (
        200,
        "text/html; charset=utf-8",
        Value::Array(users).to_string(),
    )
}
