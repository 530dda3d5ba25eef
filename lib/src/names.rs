//! Validation of object names (credentials, and later users and certificates).

/// Maximum length of a name in bytes.
pub const MAX_NAME_LEN: usize = 64;

/// Checks that `name` has 1 to 64 bytes from `[A-Za-z0-9._-]`, does not start
/// with `-` and is not made only of dots.
///
/// On failure returns a message that names the offending character, so that a
/// user who typed a space or a colon can find it.
pub fn check_name(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("name is empty; use 1 to 64 characters from [A-Za-z0-9._-]".into());
    }
    if name.len() > MAX_NAME_LEN {
        return Err(format!(
            "name is {} bytes long; the maximum is {MAX_NAME_LEN}",
            name.len()
        ));
    }
    if let Some(c) = name.chars().find(|c| !is_name_char(*c)) {
        return Err(format!(
            "name contains {}; allowed are ASCII letters, digits, '.', '_' and '-'",
            describe_char(c)
        ));
    }
    if name.starts_with('-') {
        // `micadoctl cred get -x` would read the name as an option.
        return Err(
            "name starts with '-', which the command line reads as an option; \
             start it with a letter, a digit, '.' or '_'"
                .into(),
        );
    }
    if name.chars().all(|c| c == '.') {
        return Err(format!(
            "name \"{name}\" is made only of dots, which file paths use for the current and \
             parent directory; add a letter or a digit"
        ));
    }
    Ok(())
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-')
}

/// Describes a character so that invisible ones can be seen in a message.
pub fn describe_char(c: char) -> String {
    match c {
        ' ' => "a space".into(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c => format!("'{c}' (U+{:04X})", c as u32),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_allowed_names() {
        for name in ["ec2", "nova-2", "prod.aws_key", &"a".repeat(64)] {
            assert!(check_name(name).is_ok(), "{name}");
        }
    }

    #[test]
    fn rejects_bad_names() {
        assert!(check_name("").is_err());
        assert!(check_name(&"a".repeat(65)).is_err());
        assert!(check_name("a:b").unwrap_err().contains("':'"));
        assert!(check_name("a b").unwrap_err().contains("a space"));
        assert!(check_name("a\u{7}").unwrap_err().contains("U+0007"));
        assert!(check_name("é").is_err());
    }

    #[test]
    fn rejects_leading_dash() {
        for name in ["-x", "-", "--help"] {
            let err = check_name(name).unwrap_err();
            assert!(err.contains("starts with '-'"), "{name}: {err}");
        }
        assert!(check_name("x-").is_ok());
        assert!(check_name("_x").is_ok());
    }

    #[test]
    fn rejects_only_dots() {
        for name in [".", "..", "..."] {
            let err = check_name(name).unwrap_err();
            assert!(err.contains("only of dots"), "{name}: {err}");
        }
        assert!(check_name(".hidden").is_ok());
        assert!(check_name("a.b").is_ok());
    }

    #[test]
    fn non_ascii_message_says_ascii() {
        let err = check_name("ünï").unwrap_err();
        assert!(err.contains("ASCII letters"), "{err}");
        assert!(err.contains("U+00FC"), "{err}");
    }
}
