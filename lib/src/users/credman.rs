//! The Credential Manager backend: the same account operations over the
//! MiCADO Credential Manager REST API, audited in the local store.

use super::{
    AccountBackend, ChangeOutcome, Kind, NewPassword, NewUser, Password, PasswordChange,
    RolesOutcome, UserError, UserInfo, Verdict, Verification, check_email, check_user_name, object,
};
use crate::audit::AuditEvent;
use crate::clients::credman::{CredmanClient, CredmanError, CredmanVerdict};
use crate::error::{Classify, ErrorClass};
use crate::store::Store;

const BACKEND: &str = "credman";

/// Accounts in a MiCADO Credential Manager. The service gives each account
/// exactly one role, `user` or `admin`, and has no lock command.
pub struct CredmanAccounts<'a> {
    client: CredmanClient,
    store: &'a mut Store,
}

impl<'a> CredmanAccounts<'a> {
    /// Drives the service at `client`, recording audit records in `store`,
    /// which must be unlocked.
    pub fn new(client: CredmanClient, store: &'a mut Store) -> Self {
        CredmanAccounts { client, store }
    }

    fn audit(&mut self, action: &str, name: &str, outcome: &str) -> Result<(), UserError> {
        self.store.write(|tx| {
            tx.audit(
                &AuditEvent::new(action, &object(name))
                    .with_outcome(outcome)
                    .with_detail(serde_json::json!({ "backend": BACKEND })),
            )
        })?;
        Ok(())
    }

    fn unsupported(operation: &str) -> UserError {
        UserError::Unsupported {
            operation: operation.into(),
            backend: BACKEND,
        }
    }
}

/// Returns whether `error` is the service saying that `class` applies.
fn is_class(error: &CredmanError, class: ErrorClass) -> bool {
    matches!(error, CredmanError::Rejected { .. }) && error.class() == class
}

/// Reduces a set of roles to the one role the service stores.
fn single_role(roles: &[String]) -> Result<&'static str, UserError> {
    match roles {
        [] => Ok("user"),
        [role] if role == "user" => Ok("user"),
        [role] if role == "admin" => Ok("admin"),
        _ => Err(UserError::invalid(
            format!("roles {roles:?}"),
            "the Credential Manager gives each user exactly one role, user or admin",
        )),
    }
}

impl AccountBackend for CredmanAccounts<'_> {
    fn backend_name(&self) -> &'static str {
        BACKEND
    }

    fn add(&mut self, request: NewUser) -> Result<ChangeOutcome, UserError> {
        check_user_name(&request.name)?;
        if let Some(email) = &request.email {
            check_email(email)?;
        }
        if request.scheme.is_some() {
            return Err(Self::unsupported("--scheme"));
        }
        let role = single_role(&request.roles)?;
        // The service's own generator makes 8 to 16 characters, too few for
        // a machine account, so micadoctl generates the password.
        let password = match (request.kind, request.password) {
            (_, NewPassword::Given(password)) => password,
            (Kind::Machine, NewPassword::Generate) | (Kind::Human, NewPassword::Generate) => {
                Password::generate_alphanumeric()
            }
        };
        let generated = (request.kind == Kind::Machine).then(|| password.clone());

        match self
            .client
            .add_user(&request.name, Some(&password), request.email.as_deref())
        {
            Ok(_) => {}
            Err(e) if request.if_absent && is_class(&e, ErrorClass::AlreadyExists) => {
                self.audit("user.add", &request.name, "unchanged")?;
                return Ok(ChangeOutcome {
                    name: request.name,
                    changed: false,
                    generated: None,
                });
            }
            Err(e) => return Err(e.into()),
        }
        if role != "user" {
            self.client.change_role(&request.name, role)?;
        }
        self.audit("user.add", &request.name, "success")?;
        Ok(ChangeOutcome {
            name: request.name,
            changed: true,
            generated,
        })
    }

    fn list(&mut self) -> Result<Vec<UserInfo>, UserError> {
        let mut users: Vec<UserInfo> = self
            .client
            .list_users()?
            .into_iter()
            .map(|user| UserInfo {
                locked: user.locked.as_deref() == Some("locked"),
                name: user.username,
                email: user.email.filter(|e| !e.is_empty()),
                roles: user.role.into_iter().collect(),
                kind: None,
                disabled: false,
                locked_until: None,
                failures: None,
                scheme: None,
                created: None,
                password_changed: None,
            })
            .collect();
        users.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(users)
    }

    fn show(&mut self, name: &str) -> Result<UserInfo, UserError> {
        self.list()?
            .into_iter()
            .find(|user| user.name == name)
            .ok_or_else(|| UserError::NotFound(name.into()))
    }

    fn set_password(
        &mut self,
        name: &str,
        change: PasswordChange,
    ) -> Result<ChangeOutcome, UserError> {
        if change.if_changed {
            return Err(Self::unsupported("--if-changed"));
        }
        if change.scheme.is_some() {
            return Err(Self::unsupported("--scheme"));
        }
        let generated = match change.new {
            NewPassword::Generate => Some(self.client.reset_password(name)?),
            NewPassword::Given(new) => {
                let old = change.old.ok_or_else(|| UserError::Invalid {
                    subject: "password change".into(),
                    message: "the Credential Manager needs the current password; give it with --old-password-file, or use --generate".into(),
                })?;
                self.client.change_password(name, &old, &new)?;
                None
            }
        };
        self.audit("user.passwd", name, "success")?;
        Ok(ChangeOutcome {
            name: name.into(),
            changed: true,
            generated,
        })
    }

    fn change_roles(
        &mut self,
        name: &str,
        add: &[String],
        remove: &[String],
    ) -> Result<RolesOutcome, UserError> {
        let current = self.client.get_role(name).map_err(|e| {
            if is_class(&e, ErrorClass::NotFound) {
                UserError::NotFound(name.into())
            } else {
                e.into()
            }
        })?;
        let mut roles: Vec<String> = vec![current.clone()];
        roles.extend(add.iter().cloned());
        roles.retain(|role| !remove.contains(role));
        roles.sort();
        roles.dedup();
        let role = single_role(&roles)?;
        let changed = role != current;
        if changed {
            self.client.change_role(name, role)?;
        }
        self.audit(
            "user.role",
            name,
            if changed { "success" } else { "unchanged" },
        )?;
        Ok(RolesOutcome {
            name: name.into(),
            changed,
            roles: vec![role.to_string()],
        })
    }

    fn set_locked(&mut self, _name: &str, locked: bool) -> Result<bool, UserError> {
        Err(Self::unsupported(if locked {
            "user lock"
        } else {
            "user unlock"
        }))
    }

    fn delete(&mut self, name: &str, if_exists: bool) -> Result<bool, UserError> {
        match self.client.delete_user(name) {
            Ok(()) => {
                self.audit("user.delete", name, "success")?;
                Ok(true)
            }
            Err(e) if is_class(&e, ErrorClass::NotFound) => {
                if if_exists {
                    Ok(false)
                } else {
                    Err(UserError::NotFound(name.into()))
                }
            }
            Err(e) => Err(e.into()),
        }
    }

    fn verify(&mut self, name: &str, password: &Password) -> Result<Verification, UserError> {
        check_user_name(name)?;
        let (verdict, outcome) = match self.client.verify(name, password)? {
            CredmanVerdict::Accepted => (Verdict::Accepted, "success"),
            CredmanVerdict::Rejected(_) => (Verdict::Rejected, "failure"),
            CredmanVerdict::Locked(_) => (Verdict::Locked, "locked"),
        };
        self.audit("user.verify", name, outcome)?;
        Ok(Verification {
            name: name.into(),
            verdict,
            locked_until: None,
            rehashed_to: None,
        })
    }
}
