//! Credential types, their fields and validation.

use std::collections::BTreeMap;
use std::fmt;

use zeroize::Zeroizing;

/// The cloud (or other service) a credential is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum CredentialType {
    /// Amazon EC2 (and EC2-compatible APIs): access key and secret key.
    Ec2,
    /// OpenStack Nova: password, application credential or OIDC token.
    Nova,
    /// Microsoft Azure: subscription, optionally a service principal.
    Azure,
    /// Google Compute Engine: a service-account JSON key.
    Gce,
    /// Oracle Cloud Infrastructure: API signing key.
    Oci,
    /// CloudSigma: e-mail and password.
    Cloudsigma,
    /// CloudBroker: e-mail and password.
    Cloudbroker,
    /// OpenID Connect pre-authentication: token endpoint and refresh token.
    Openid,
    /// Any set of named values.
    Generic,
}

/// Every type, in the order MiCADO's credential file lists them.
pub const ALL_TYPES: [CredentialType; 9] = [
    CredentialType::Openid,
    CredentialType::Ec2,
    CredentialType::Cloudsigma,
    CredentialType::Cloudbroker,
    CredentialType::Nova,
    CredentialType::Azure,
    CredentialType::Oci,
    CredentialType::Gce,
    CredentialType::Generic,
];

impl CredentialType {
    /// Returns the name used on the command line and in MiCADO's credential file.
    pub fn as_str(self) -> &'static str {
        match self {
            CredentialType::Ec2 => "ec2",
            CredentialType::Nova => "nova",
            CredentialType::Azure => "azure",
            CredentialType::Gce => "gce",
            CredentialType::Oci => "oci",
            CredentialType::Cloudsigma => "cloudsigma",
            CredentialType::Cloudbroker => "cloudbroker",
            CredentialType::Openid => "openid",
            CredentialType::Generic => "generic",
        }
    }

    /// Parses a type name.
    pub fn parse(name: &str) -> Option<Self> {
        ALL_TYPES.into_iter().find(|t| t.as_str() == name)
    }

    /// Returns the field sets this type accepts.
    pub fn spec(self) -> &'static TypeSpec {
        match self {
            CredentialType::Ec2 => &EC2,
            CredentialType::Nova => &NOVA,
            CredentialType::Azure => &AZURE,
            CredentialType::Gce => &GCE,
            CredentialType::Oci => &OCI,
            CredentialType::Cloudsigma => &CLOUDSIGMA,
            CredentialType::Cloudbroker => &CLOUDBROKER,
            CredentialType::Openid => &OPENID,
            CredentialType::Generic => &GENERIC,
        }
    }
}

impl fmt::Display for CredentialType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The fields a type accepts.
pub struct TypeSpec {
    /// Alternative sets of required fields; a record must fill one set
    /// completely. Only one variant for most types.
    pub variants: &'static [Variant],
    /// Fields allowed in every variant but never required.
    pub optional: &'static [&'static str],
    /// Whether fields outside the lists are accepted (Google's JSON, generic).
    pub open: bool,
}

/// One way to authenticate, such as Nova's application credential.
pub struct Variant {
    /// Name shown to the user.
    pub name: &'static str,
    /// Fields that must all be present.
    pub required: &'static [&'static str],
    /// Fields that only this variant uses.
    pub optional: &'static [&'static str],
}

const EC2: TypeSpec = TypeSpec {
    variants: &[Variant {
        name: "access-key",
        required: &["accesskey", "secretkey"],
        optional: &[],
    }],
    optional: &["session_token", "region", "endpoint"],
    open: false,
};

const NOVA: TypeSpec = TypeSpec {
    variants: &[
        Variant {
            name: "password",
            required: &["username", "password"],
            optional: &["domain_name"],
        },
        Variant {
            name: "application-credential",
            required: &["application_credential_id", "application_credential_secret"],
            optional: &[],
        },
        Variant {
            name: "oidc",
            required: &["identity_provider", "access_token"],
            optional: &["access_token.url", "access_token.refresh_token", "protocol"],
        },
    ],
    optional: &[
        "auth_url",
        "region_name",
        "project_id",
        "project_name",
        "project_domain_name",
        "user_domain_name",
        "interface",
    ],
    open: false,
};

const AZURE: TypeSpec = TypeSpec {
    variants: &[
        Variant {
            name: "service-principal",
            required: &["subscription_id", "client_id", "client_secret", "tenant_id"],
            optional: &[],
        },
        Variant {
            name: "managed-identity",
            required: &["subscription_id"],
            optional: &[],
        },
    ],
    optional: &[],
    open: false,
};

const GCE: TypeSpec = TypeSpec {
    variants: &[Variant {
        name: "service-account",
        required: &[
            "type",
            "project_id",
            "private_key_id",
            "private_key",
            "client_email",
        ],
        optional: &[],
    }],
    optional: &[
        "client_id",
        "auth_uri",
        "token_uri",
        "auth_provider_x509_cert_url",
        "client_x509_cert_url",
        "universe_domain",
    ],
    open: true,
};

const OCI: TypeSpec = TypeSpec {
    variants: &[Variant {
        name: "api-key",
        required: &["tenancy_ocid", "user_ocid", "fingerprint"],
        optional: &[],
    }],
    optional: &["private_key", "pass_phrase", "region", "compartment_ocid"],
    open: false,
};

const CLOUDSIGMA: TypeSpec = TypeSpec {
    variants: &[Variant {
        name: "password",
        required: &["email", "password"],
        optional: &[],
    }],
    optional: &["region", "endpoint"],
    open: false,
};

const CLOUDBROKER: TypeSpec = TypeSpec {
    variants: &[Variant {
        name: "password",
        required: &["email", "password"],
        optional: &[],
    }],
    optional: &["url"],
    open: false,
};

const OPENID: TypeSpec = TypeSpec {
    variants: &[Variant {
        name: "refresh-token",
        required: &["url", "refresh_token"],
        optional: &[],
    }],
    optional: &["client_id", "client_secret"],
    open: false,
};

const GENERIC: TypeSpec = TypeSpec {
    variants: &[],
    optional: &[],
    open: true,
};

/// Field values of one credential. Values are wiped from memory when dropped,
/// and `Debug` shows field names only.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Fields(BTreeMap<String, Zeroizing<String>>);

impl Fields {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a field.
    pub fn insert(&mut self, name: &str, value: Zeroizing<String>) {
        self.0.insert(name.to_string(), value);
    }

    /// Returns a field's value.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(|v| v.as_str())
    }

    /// Returns whether a field is set.
    pub fn contains(&self, name: &str) -> bool {
        self.0.contains_key(name)
    }

    /// Field names and values in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// Field names in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// Returns whether no field is set.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Fields {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.0.keys().map(|k| (k, "<redacted>")))
            .finish()
    }
}

/// A typed credential: its type and field values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// The type.
    pub kind: CredentialType,
    /// The values.
    pub fields: Fields,
}

impl Record {
    /// Checks the fields against the type; returns the name of the variant
    /// that the fields fill, or a message naming the missing or unknown field.
    pub fn validate(&self) -> Result<&'static str, String> {
        check_values(&self.fields)?;
        let spec = self.kind.spec();
        if self.kind == CredentialType::Generic {
            return validate_generic(&self.fields).map(|()| "generic");
        }
        let variant = choose_variant(self.kind, spec, &self.fields)?;
        check_partial_variants(self.kind, spec, variant, &self.fields)?;
        if !spec.open {
            check_known_fields(self.kind, spec, variant, &self.fields)?;
        }
        if self.kind == CredentialType::Gce && self.fields.get("type") != Some("service_account") {
            return Err(
                "field \"type\" must be \"service_account\" for a Google service-account key"
                    .into(),
            );
        }
        Ok(variant.name)
    }
}

fn choose_variant(
    kind: CredentialType,
    spec: &'static TypeSpec,
    fields: &Fields,
) -> Result<&'static Variant, String> {
    let complete: Vec<&Variant> = spec
        .variants
        .iter()
        .filter(|v| v.required.iter().all(|f| has_field(fields, f)))
        .collect();
    match complete.as_slice() {
        [only] => Ok(only),
        // Azure's managed identity is a subset of the service principal.
        [first, ..] if kind == CredentialType::Azure => Ok(first),
        [] => Err(missing_fields_message(kind, spec, fields)),
        several => Err(format!(
            "{kind} credential fills more than one authentication method ({}); keep the fields of one",
            several
                .iter()
                .map(|v| v.name)
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// Rejects required fields of a method other than `chosen` that is filled only
/// in part, such as an Azure client secret without client and tenant IDs.
fn check_partial_variants(
    kind: CredentialType,
    spec: &TypeSpec,
    chosen: &Variant,
    fields: &Fields,
) -> Result<(), String> {
    for variant in spec.variants {
        let present: Vec<&str> = variant
            .required
            .iter()
            .copied()
            .filter(|f| has_field(fields, f) && !chosen.required.contains(f))
            .collect();
        if present.is_empty() {
            continue;
        }
        let missing: Vec<&str> = variant
            .required
            .iter()
            .copied()
            .filter(|f| !has_field(fields, f))
            .collect();
        return Err(format!(
            "{kind} credential has {} of the {} method, which also needs {}; \
             fill one method completely and leave out the fields of the others",
            quoted_list(&present),
            variant.name,
            quoted_list(&missing)
        ));
    }
    Ok(())
}

fn quoted_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|f| format!("\"{f}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Returns whether `name` is set, directly or as a nested mapping (`name.url`), as
/// MiCADO's `access_token: *OPENID` alias gives.
fn has_field(fields: &Fields, name: &str) -> bool {
    fields.contains(name)
        || fields.names().any(|f| {
            f.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with('.'))
        })
}

fn missing_fields_message(kind: CredentialType, spec: &TypeSpec, fields: &Fields) -> String {
    // Report against the variant the user got furthest with.
    let best = spec
        .variants
        .iter()
        .max_by_key(|v| v.required.iter().filter(|f| has_field(fields, f)).count())
        .expect("every typed credential has a variant");
    let missing: Vec<&str> = best
        .required
        .iter()
        .copied()
        .filter(|f| !has_field(fields, f))
        .collect();
    let noun = if missing.len() == 1 {
        "field"
    } else {
        "fields"
    };
    let mut message = format!(
        "{kind} credential is missing required {noun} {}",
        missing
            .iter()
            .map(|f| format!("\"{f}\""))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if spec.variants.len() > 1 {
        let options: Vec<String> = spec
            .variants
            .iter()
            .map(|v| format!("{} ({})", v.name, v.required.join(", ")))
            .collect();
        message.push_str(&format!("; fill one of: {}", options.join("; ")));
    }
    message
}

fn check_known_fields(
    kind: CredentialType,
    spec: &TypeSpec,
    variant: &Variant,
    fields: &Fields,
) -> Result<(), String> {
    let known = |name: &str| {
        spec.optional.contains(&name)
            || spec.variants.iter().any(|v| v.required.contains(&name))
            || variant.optional.contains(&name)
    };
    match fields.names().find(|name| !known(name)) {
        Some(unknown) => Err(format!(
            "{kind} credential has unknown field \"{unknown}\"; known fields are {}; store free-form values as the generic type",
            known_fields(spec).join(", ")
        )),
        None => Ok(()),
    }
}

fn known_fields(spec: &TypeSpec) -> Vec<&'static str> {
    let mut all: Vec<&str> = spec
        .variants
        .iter()
        .flat_map(|v| v.required.iter().chain(v.optional))
        .chain(spec.optional)
        .copied()
        .collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// Maximum size of one field value in bytes (64 KiB). `cred exec` passes most
/// values as environment strings, which Linux limits to `MAX_ARG_STRLEN`
/// (32 pages, so 128 KiB with 4 KiB pages) each, variable name included.
pub const MAX_VALUE_BYTES: usize = 64 * 1024;

/// Maximum size of one credential in bytes (256 KiB): field names and values
/// added up. All of them share the command's environment and arguments.
pub const MAX_RECORD_BYTES: usize = 256 * 1024;

/// Checks each value: not empty, no NUL character, and within the size limits.
fn check_values(fields: &Fields) -> Result<(), String> {
    let mut total = 0usize;
    for (name, value) in fields.iter() {
        if value.is_empty() {
            return Err(format!(
                "field \"{name}\" is empty; remove it or give a value"
            ));
        }
        if value.contains('\0') {
            return Err(format!(
                "field \"{name}\" contains a NUL character, which no environment variable \
                 can hold, so `cred exec` could never pass it on"
            ));
        }
        if value.len() > MAX_VALUE_BYTES {
            return Err(format!(
                "field \"{name}\" has a value of {} bytes; the maximum is {MAX_VALUE_BYTES} bytes (64 KiB), \
                 because `cred exec` passes values in environment variables, \
                 which Linux limits to 128 KiB each",
                value.len()
            ));
        }
        total += name.len() + value.len();
    }
    if total > MAX_RECORD_BYTES {
        return Err(format!(
            "the fields add up to {total} bytes (names and values); the maximum for one credential \
             is {MAX_RECORD_BYTES} bytes (256 KiB)"
        ));
    }
    Ok(())
}

fn validate_generic(fields: &Fields) -> Result<(), String> {
    if fields.is_empty() {
        return Err("generic credential has no fields; give at least one key and value".into());
    }
    let mut variables = BTreeMap::new();
    for name in fields.names() {
        check_field_name(name)?;
        let variable = generic_env_var(name);
        if is_reserved_env_var(&variable) {
            return Err(format!(
                "field \"{name}\" maps to the environment variable {variable}, which `cred exec` \
                 does not let a credential set; rename the field"
            ));
        }
        if let Some(other) = variables.insert(variable.clone(), name) {
            return Err(format!(
                "fields \"{other}\" and \"{name}\" both map to the environment variable {variable}; \
                 rename one"
            ));
        }
    }
    Ok(())
}

/// Maps a field of a generic credential to the environment variable that
/// `cred exec` sets for it. The variable is the field name in upper case, with
/// `_` for every character other than an ASCII letter or digit and before a
/// leading digit: `db.password` gives `DB_PASSWORD`, and `2fa` gives `_2FA`.
pub fn generic_env_var(field: &str) -> String {
    let mut variable: String = field
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    if variable.starts_with(|c: char| c.is_ascii_digit()) {
        variable.insert(0, '_');
    }
    variable
}

/// Variables that shells, the dynamic linker or micadoctl read to decide what
/// runs and how, exactly or by prefix.
/// Variables that select programs, shells' start-up code, or code that
/// interpreters and the C library load (glibc's GCONV_PATH, Python, Node.js,
/// Perl, Ruby and git hooks), which a credential value has no reason to set.
const RESERVED_ENV_VARS: [&str; 32] = [
    "PATH",
    "HOME",
    "USER",
    "LOGNAME",
    "SHELL",
    "IFS",
    "ENV",
    "BASH_ENV",
    "PS4",
    "TMPDIR",
    "SHELLOPTS",
    "BASHOPTS",
    "PROMPT_COMMAND",
    "CDPATH",
    "GCONV_PATH",
    "GLIBC_TUNABLES",
    "LOCPATH",
    "NLSPATH",
    "HOSTALIASES",
    "RESOLV_HOST_CONF",
    "PYTHONPATH",
    "PYTHONHOME",
    "PYTHONSTARTUP",
    "NODE_OPTIONS",
    "NODE_PATH",
    "PERL5OPT",
    "PERL5LIB",
    "PERLLIB",
    "RUBYOPT",
    "RUBYLIB",
    "GIT_SSH_COMMAND",
    "GIT_EXEC_PATH",
];
const RESERVED_ENV_PREFIXES: [&str; 4] = ["LD_", "DYLD_", "MICADOCTL_", "BASH_FUNC_"];

/// Checks whether `variable` is one that a generic credential must not set,
/// because it would change which program runs, what it loads, or micadoctl's
/// own settings.
pub fn is_reserved_env_var(variable: &str) -> bool {
    RESERVED_ENV_VARS.contains(&variable)
        || RESERVED_ENV_PREFIXES
            .iter()
            .any(|prefix| variable.starts_with(prefix))
}

/// Checks a field name: 1 to 64 bytes of `[A-Za-z0-9_.-]`.
pub fn check_field_name(name: &str) -> Result<(), String> {
    let valid_char = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-');
    if name.is_empty() || name.len() > 64 {
        return Err(format!(
            "field name \"{name}\" must have 1 to 64 characters"
        ));
    }
    match name.chars().find(|c| !valid_char(*c)) {
        Some(c) => Err(format!(
            "field name \"{}\" contains {}; allowed are ASCII letters, digits, '_', '.' and '-'",
            name.escape_debug(),
            crate::names::describe_char(c)
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: CredentialType, pairs: &[(&str, &str)]) -> Record {
        let mut fields = Fields::new();
        for (k, v) in pairs {
            fields.insert(k, Zeroizing::new(v.to_string()));
        }
        Record { kind, fields }
    }

    #[test]
    fn ec2_requires_both_keys() {
        let err = record(CredentialType::Ec2, &[("accesskey", "A")])
            .validate()
            .unwrap_err();
        assert!(err.contains("\"secretkey\""), "{err}");
        assert!(
            record(
                CredentialType::Ec2,
                &[("accesskey", "A"), ("secretkey", "B")]
            )
            .validate()
            .is_ok()
        );
    }

    #[test]
    fn nova_variants() {
        let password = record(
            CredentialType::Nova,
            &[("username", "u"), ("password", "p")],
        );
        assert_eq!(password.validate().unwrap(), "password");
        let appcred = record(
            CredentialType::Nova,
            &[
                ("application_credential_id", "i"),
                ("application_credential_secret", "s"),
            ],
        );
        assert_eq!(appcred.validate().unwrap(), "application-credential");
        let both = record(
            CredentialType::Nova,
            &[
                ("username", "u"),
                ("password", "p"),
                ("application_credential_id", "i"),
                ("application_credential_secret", "s"),
            ],
        );
        assert!(both.validate().unwrap_err().contains("more than one"));
        let none = record(CredentialType::Nova, &[("username", "u")]);
        assert!(none.validate().unwrap_err().contains("\"password\""));
    }

    #[test]
    fn unknown_field_rejected() {
        let err = record(
            CredentialType::Ec2,
            &[("accesskey", "A"), ("secretkey", "B"), ("secret_key", "C")],
        )
        .validate()
        .unwrap_err();
        assert!(err.contains("\"secret_key\""), "{err}");
    }

    #[test]
    fn debug_hides_values() {
        let r = record(
            CredentialType::Ec2,
            &[("accesskey", "AKIAEXAMPLE"), ("secretkey", "hunter2")],
        );
        let shown = format!("{r:?}");
        assert!(!shown.contains("hunter2"));
        assert!(shown.contains("secretkey"));
    }

    #[test]
    fn value_size_limit() {
        let at_limit = "v".repeat(MAX_VALUE_BYTES);
        let generic = record(CredentialType::Generic, &[("token", &at_limit)]);
        assert!(generic.validate().is_ok());
        let over = format!("SECRET{}", "v".repeat(MAX_VALUE_BYTES));
        let ec2 = record(
            CredentialType::Ec2,
            &[("accesskey", "A"), ("secretkey", &over)],
        );
        let err = ec2.validate().unwrap_err();
        assert!(err.contains("\"secretkey\""), "{err}");
        assert!(err.contains("65536 bytes"), "{err}");
        assert!(!err.contains("SECRET"), "{err}");
    }

    #[test]
    fn record_size_limit() {
        let value = "v".repeat(MAX_VALUE_BYTES - 10);
        let names = ["a", "b", "c", "d", "e"];
        let pairs: Vec<(&str, &str)> = names.iter().map(|n| (*n, value.as_str())).collect();
        let err = record(CredentialType::Generic, &pairs)
            .validate()
            .unwrap_err();
        assert!(err.contains("262144 bytes"), "{err}");
        let four: Vec<(&str, &str)> = pairs[..4].to_vec();
        assert!(record(CredentialType::Generic, &four).validate().is_ok());
    }

    #[test]
    fn generic_env_var_mapping() {
        assert_eq!(generic_env_var("db.password"), "DB_PASSWORD");
        assert_eq!(generic_env_var("api-key"), "API_KEY");
        assert_eq!(generic_env_var("2fa"), "_2FA");
        assert_eq!(generic_env_var("Token_1"), "TOKEN_1");
    }

    #[test]
    fn generic_reserved_variables_rejected() {
        let cases = [
            ("path", "PATH"),
            ("home", "HOME"),
            ("user", "USER"),
            ("logname", "LOGNAME"),
            ("shell", "SHELL"),
            ("ifs", "IFS"),
            ("env", "ENV"),
            ("bash_env", "BASH_ENV"),
            ("ps4", "PS4"),
            ("tmpdir", "TMPDIR"),
            ("ld_preload", "LD_PRELOAD"),
            ("ld.library.path", "LD_LIBRARY_PATH"),
            ("dyld_insert_libraries", "DYLD_INSERT_LIBRARIES"),
            ("micadoctl_credential", "MICADOCTL_CREDENTIAL"),
            ("micadoctl-home", "MICADOCTL_HOME"),
        ];
        for (field, variable) in cases {
            let err = record(CredentialType::Generic, &[(field, "x")])
                .validate()
                .unwrap_err();
            assert!(err.contains(&format!("\"{field}\"")), "{field}: {err}");
            assert!(err.contains(variable), "{field}: {err}");
        }
        for field in [
            "pathname",
            "home_dir",
            "old_path",
            "ld",
            "envoy",
            "xld_preload",
        ] {
            let valid = record(CredentialType::Generic, &[(field, "x")]);
            assert!(valid.validate().is_ok(), "{field}");
        }
    }

    #[test]
    fn generic_variable_collision_rejected() {
        for (first, second) in [("a.b", "a_b"), ("a-b", "A_B"), ("token", "TOKEN")] {
            let err = record(CredentialType::Generic, &[(first, "1"), (second, "2")])
                .validate()
                .unwrap_err();
            assert!(err.contains(&format!("\"{first}\"")), "{err}");
            assert!(err.contains(&format!("\"{second}\"")), "{err}");
            assert!(err.contains(&generic_env_var(first)), "{err}");
        }
    }

    #[test]
    fn field_name_message_says_ascii() {
        let err = check_field_name("ünï").unwrap_err();
        assert!(err.contains("ASCII letters"), "{err}");
    }
}
