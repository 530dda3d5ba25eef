
use builtin;
use str;

set edit:completion:arg-completer[micadoctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'micadoctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'micadoctl'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create the state home, the encrypted store and an identity'
            cand status 'Show the store: home, schema, lock state, recipients and record counts'
            cand unlock 'Cache the store key in the kernel keyring for a limited time'
            cand lock 'Drop the store key cached by `unlock`'
            cand user 'Web access accounts: users, roles, password verification and lockout'
            cand role 'Roles of web access accounts'
            cand cred 'Cloud credentials: encrypted, versioned, audited, injected per use'
            cand audit 'The tamper-evident audit log'
            cand store 'Keys and recipients of the store'
            cand completions 'Print a shell completion script'
            cand manpages 'Write the man pages into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;init'= {
            cand --identity-file 'Identity file to create or append to [default: identity.txt in the state home]'
            cand --recipient 'Extra age recipient that can open the store, such as an offline recovery key (repeatable)'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --passphrase 'Protect the store with a passphrase (age scrypt) instead of an identity file'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;status'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;unlock'= {
            cand --ttl 'How long the key stays cached: a duration such as 15m, 1h or 8h'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;lock'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user'= {
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Create an account'
            cand list 'List accounts (no password hashes)'
            cand show 'Show one account'
            cand passwd 'Set a new password'
            cand role 'Add or remove roles of an account'
            cand lock 'Lock an account: verification fails until `user unlock`'
            cand unlock 'Unlock an account, also one locked after failed verifications'
            cand delete 'Delete an account'
            cand verify 'Check a password: exit 0 accepted, 3 rejected, 7 locked'
            cand import 'Import accounts from a Credential Manager database or provisioning file'
            cand export 'Write an htpasswd file for nginx or Apache basic auth'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;user;add'= {
            cand --email 'E-mail address'
            cand --role 'Role (repeatable) [default: user]'
            cand --scheme 'Hash scheme [default: scheme in config.toml, else argon2id]'
            cand --password-file 'Read the password from the first line of FILE'
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --machine 'A machine account with a generated password'
            cand --if-absent 'Succeed with changed: false when the account exists'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;list'= {
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;show'= {
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;passwd'= {
            cand --scheme 'Hash scheme [default: the account''s own, else the configured one]'
            cand --old-password-file 'Current password, first line of FILE (Credential Manager backend)'
            cand --password-file 'Read the password from the first line of FILE'
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --generate 'Generate a password and show it once (on stdout, or in --password-file)'
            cand --if-changed 'Report changed: false when the new password is the current one'
            cand --password-stdin 'Read the password from the first line of stdin'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;role'= {
            cand --add 'Role to add (repeatable)'
            cand --remove 'Role to remove (repeatable)'
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;lock'= {
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;unlock'= {
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;delete'= {
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --if-exists 'Succeed with changed: false when it does not exist'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;verify'= {
            cand --password-file 'Read the password from the first line of FILE instead of stdin'
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;import'= {
            cand --credman-db 'Credential Manager SQLite database'
            cand --provisioning 'Username,Email,Password CSV or credentials-micado.yml'
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;export'= {
            cand --htpasswd 'File to write (mode 0600, replaced atomically)'
            cand --backend 'Where the accounts live [default: backend in config.toml, else local]'
            cand --api 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;user;help'= {
            cand add 'Create an account'
            cand list 'List accounts (no password hashes)'
            cand show 'Show one account'
            cand passwd 'Set a new password'
            cand role 'Add or remove roles of an account'
            cand lock 'Lock an account: verification fails until `user unlock`'
            cand unlock 'Unlock an account, also one locked after failed verifications'
            cand delete 'Delete an account'
            cand verify 'Check a password: exit 0 accepted, 3 rejected, 7 locked'
            cand import 'Import accounts from a Credential Manager database or provisioning file'
            cand export 'Write an htpasswd file for nginx or Apache basic auth'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;user;help;add'= {
        }
        &'micadoctl;user;help;list'= {
        }
        &'micadoctl;user;help;show'= {
        }
        &'micadoctl;user;help;passwd'= {
        }
        &'micadoctl;user;help;role'= {
        }
        &'micadoctl;user;help;lock'= {
        }
        &'micadoctl;user;help;unlock'= {
        }
        &'micadoctl;user;help;delete'= {
        }
        &'micadoctl;user;help;verify'= {
        }
        &'micadoctl;user;help;import'= {
        }
        &'micadoctl;user;help;export'= {
        }
        &'micadoctl;user;help;help'= {
        }
        &'micadoctl;role'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Define a role'
            cand list 'List roles with the number of accounts that have each'
            cand delete 'Delete a role that no account has (user and admin cannot be deleted)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;role;add'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --if-absent 'Succeed with changed: false when it exists'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;role;list'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;role;delete'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --if-exists 'Succeed with changed: false when it does not exist'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;role;help'= {
            cand add 'Define a role'
            cand list 'List roles with the number of accounts that have each'
            cand delete 'Delete a role that no account has (user and admin cannot be deleted)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;role;help;add'= {
        }
        &'micadoctl;role;help;list'= {
        }
        &'micadoctl;role;help;delete'= {
        }
        &'micadoctl;role;help;help'= {
        }
        &'micadoctl;cred'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand set 'Store a new version of a credential'
            cand get 'Print a credential''s values'
            cand list 'List credentials (names and metadata, no values)'
            cand history 'List the versions of a credential'
            cand delete 'Delete a credential with all its versions'
            cand import 'Import MiCADO''s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml'
            cand export 'Write credentials back in MiCADO''s or another format'
            cand rotate 'Replace a credential''s values: stage, verify, promote'
            cand rollback 'Make an older version current again'
            cand exec 'Run a command with a credential in its environment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;cred;set'= {
            cand -t 'Credential type [default: from the file, when it names one]'
            cand --type 'Credential type [default: from the file, when it names one]'
            cand --from-file 'Read values from a JSON or YAML file (- for stdin)'
            cand --value 'Field value on the command line (repeatable; needs --insecure-argv)'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-argv 'Accept secret values in argv, where other users can read them'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;get'= {
            cand --field 'Print only this field''s value'
            cand --version 'Read this version instead of the current one (`cred history NAME` lists them)'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;list'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;history'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;delete'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --if-exists 'Succeed with changed: false when it does not exist'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;import'= {
            cand --prefix 'Name entries PREFIX-TYPE instead of TYPE'
            cand --format 'File format'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;export'= {
            cand --format 'Output format'
            cand --out 'Write to this file (mode 0600) instead of stdout'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;rotate'= {
            cand --from-file 'Read values from a JSON or YAML file (- for stdin)'
            cand --value 'Field value on the command line (repeatable; needs --insecure-argv)'
            cand --verify-cmd 'Shell command that must succeed with the staged values before they are promoted'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-argv 'Accept secret values in argv, where other users can read them'
            cand --abort 'Discard a pending rotation'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;rollback'= {
            cand --to-version 'Version to restore'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;exec'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;help'= {
            cand set 'Store a new version of a credential'
            cand get 'Print a credential''s values'
            cand list 'List credentials (names and metadata, no values)'
            cand history 'List the versions of a credential'
            cand delete 'Delete a credential with all its versions'
            cand import 'Import MiCADO''s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml'
            cand export 'Write credentials back in MiCADO''s or another format'
            cand rotate 'Replace a credential''s values: stage, verify, promote'
            cand rollback 'Make an older version current again'
            cand exec 'Run a command with a credential in its environment'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;cred;help;set'= {
        }
        &'micadoctl;cred;help;get'= {
        }
        &'micadoctl;cred;help;list'= {
        }
        &'micadoctl;cred;help;history'= {
        }
        &'micadoctl;cred;help;delete'= {
        }
        &'micadoctl;cred;help;import'= {
        }
        &'micadoctl;cred;help;export'= {
        }
        &'micadoctl;cred;help;rotate'= {
        }
        &'micadoctl;cred;help;rollback'= {
        }
        &'micadoctl;cred;help;exec'= {
        }
        &'micadoctl;cred;help;help'= {
        }
        &'micadoctl;audit'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List audit records, oldest first'
            cand verify 'Check the hash chain and MACs of the whole log'
            cand export 'Write audit records as JSON lines, for a SIEM'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;audit;list'= {
            cand --since 'Records at or after this time: RFC 3339 or a duration back from now (15m, 2h, 7d)'
            cand --until 'Records before this time: RFC 3339 or a duration back from now'
            cand --object 'Object, exact or with a trailing * (credential/*)'
            cand --action 'Action, exact or with a trailing * (cred.*)'
            cand --limit 'Only the newest N records'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;audit;verify'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;audit;export'= {
            cand --since 'Records at or after this time: RFC 3339 or a duration back from now (15m, 2h, 7d)'
            cand --until 'Records before this time: RFC 3339 or a duration back from now'
            cand --object 'Object, exact or with a trailing * (credential/*)'
            cand --action 'Action, exact or with a trailing * (cred.*)'
            cand --limit 'Only the newest N records'
            cand --out 'Write to this file (mode 0600) instead of stdout'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;audit;help'= {
            cand list 'List audit records, oldest first'
            cand verify 'Check the hash chain and MACs of the whole log'
            cand export 'Write audit records as JSON lines, for a SIEM'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;audit;help;list'= {
        }
        &'micadoctl;audit;help;verify'= {
        }
        &'micadoctl;audit;help;export'= {
        }
        &'micadoctl;audit;help;help'= {
        }
        &'micadoctl;store'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add-recipient 'Let another age identity open the store, such as an offline recovery key'
            cand rekey 'Replace the data key and re-encrypt everything in one transaction'
            cand backup 'Write a consistent copy of the database (still encrypted) to a file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;store;add-recipient'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;store;rekey'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;store;backup'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;store;help'= {
            cand add-recipient 'Let another age identity open the store, such as an offline recovery key'
            cand rekey 'Replace the data key and re-encrypt everything in one transaction'
            cand backup 'Write a consistent copy of the database (still encrypted) to a file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;store;help;add-recipient'= {
        }
        &'micadoctl;store;help;rekey'= {
        }
        &'micadoctl;store;help;backup'= {
        }
        &'micadoctl;store;help;help'= {
        }
        &'micadoctl;completions'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;manpages'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;help'= {
            cand init 'Create the state home, the encrypted store and an identity'
            cand status 'Show the store: home, schema, lock state, recipients and record counts'
            cand unlock 'Cache the store key in the kernel keyring for a limited time'
            cand lock 'Drop the store key cached by `unlock`'
            cand user 'Web access accounts: users, roles, password verification and lockout'
            cand role 'Roles of web access accounts'
            cand cred 'Cloud credentials: encrypted, versioned, audited, injected per use'
            cand audit 'The tamper-evident audit log'
            cand store 'Keys and recipients of the store'
            cand completions 'Print a shell completion script'
            cand manpages 'Write the man pages into a directory'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;help;init'= {
        }
        &'micadoctl;help;status'= {
        }
        &'micadoctl;help;unlock'= {
        }
        &'micadoctl;help;lock'= {
        }
        &'micadoctl;help;user'= {
            cand add 'Create an account'
            cand list 'List accounts (no password hashes)'
            cand show 'Show one account'
            cand passwd 'Set a new password'
            cand role 'Add or remove roles of an account'
            cand lock 'Lock an account: verification fails until `user unlock`'
            cand unlock 'Unlock an account, also one locked after failed verifications'
            cand delete 'Delete an account'
            cand verify 'Check a password: exit 0 accepted, 3 rejected, 7 locked'
            cand import 'Import accounts from a Credential Manager database or provisioning file'
            cand export 'Write an htpasswd file for nginx or Apache basic auth'
        }
        &'micadoctl;help;user;add'= {
        }
        &'micadoctl;help;user;list'= {
        }
        &'micadoctl;help;user;show'= {
        }
        &'micadoctl;help;user;passwd'= {
        }
        &'micadoctl;help;user;role'= {
        }
        &'micadoctl;help;user;lock'= {
        }
        &'micadoctl;help;user;unlock'= {
        }
        &'micadoctl;help;user;delete'= {
        }
        &'micadoctl;help;user;verify'= {
        }
        &'micadoctl;help;user;import'= {
        }
        &'micadoctl;help;user;export'= {
        }
        &'micadoctl;help;role'= {
            cand add 'Define a role'
            cand list 'List roles with the number of accounts that have each'
            cand delete 'Delete a role that no account has (user and admin cannot be deleted)'
        }
        &'micadoctl;help;role;add'= {
        }
        &'micadoctl;help;role;list'= {
        }
        &'micadoctl;help;role;delete'= {
        }
        &'micadoctl;help;cred'= {
            cand set 'Store a new version of a credential'
            cand get 'Print a credential''s values'
            cand list 'List credentials (names and metadata, no values)'
            cand history 'List the versions of a credential'
            cand delete 'Delete a credential with all its versions'
            cand import 'Import MiCADO''s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml'
            cand export 'Write credentials back in MiCADO''s or another format'
            cand rotate 'Replace a credential''s values: stage, verify, promote'
            cand rollback 'Make an older version current again'
            cand exec 'Run a command with a credential in its environment'
        }
        &'micadoctl;help;cred;set'= {
        }
        &'micadoctl;help;cred;get'= {
        }
        &'micadoctl;help;cred;list'= {
        }
        &'micadoctl;help;cred;history'= {
        }
        &'micadoctl;help;cred;delete'= {
        }
        &'micadoctl;help;cred;import'= {
        }
        &'micadoctl;help;cred;export'= {
        }
        &'micadoctl;help;cred;rotate'= {
        }
        &'micadoctl;help;cred;rollback'= {
        }
        &'micadoctl;help;cred;exec'= {
        }
        &'micadoctl;help;audit'= {
            cand list 'List audit records, oldest first'
            cand verify 'Check the hash chain and MACs of the whole log'
            cand export 'Write audit records as JSON lines, for a SIEM'
        }
        &'micadoctl;help;audit;list'= {
        }
        &'micadoctl;help;audit;verify'= {
        }
        &'micadoctl;help;audit;export'= {
        }
        &'micadoctl;help;store'= {
            cand add-recipient 'Let another age identity open the store, such as an offline recovery key'
            cand rekey 'Replace the data key and re-encrypt everything in one transaction'
            cand backup 'Write a consistent copy of the database (still encrypted) to a file'
        }
        &'micadoctl;help;store;add-recipient'= {
        }
        &'micadoctl;help;store;rekey'= {
        }
        &'micadoctl;help;store;backup'= {
        }
        &'micadoctl;help;completions'= {
        }
        &'micadoctl;help;manpages'= {
        }
        &'micadoctl;help;help'= {
        }
    ]
    $completions[$command]
}
