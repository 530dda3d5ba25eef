
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
            cand ca 'The certificate authority for master-worker IPsec: certificates, CRLs, strongSwan files'
            cand firewall 'Master node packet filter: policy, nftables and iptables rules, safe apply'
            cand image 'Image integrity: registry of trusted image digests, verification, Glance check'
            cand manifest 'File-tree baselines: record a directory, check it later'
            cand secret 'Application secrets: sealed descriptors and Kubernetes Secrets'
            cand audit 'The tamper-evident audit log'
            cand store 'Keys and recipients of the store'
            cand login 'Log in to a service and cache its token in the kernel keyring'
            cand logout 'Drop a token cached by `login`'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Account backend [default: backend in config.toml, else local]'
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
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
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
            cand migrate 'Copy every credential from one backend to another'
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
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-argv 'Accept secret values in argv, where other users can read them'
            cand --merge 'Keep the stored fields that the new values do not set'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
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
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;list'= {
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;history'= {
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;delete'= {
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --if-exists 'Succeed with changed: false when it does not exist'
            cand --destroy 'Vault: destroy every version''s values instead of a soft delete'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;migrate'= {
            cand --from 'Backend to read from'
            cand --to 'Backend to write to'
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;import'= {
            cand --spm-mount 'KV version 1 mount of the Security Policy Manager''s secrets'
            cand --prefix 'Name entries PREFIX-TYPE instead of TYPE'
            cand --format 'File format'
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --from-vault-spm 'Copy the Security Policy Manager''s secrets from Vault instead of reading a file'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
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
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
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
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
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
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
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
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;cred;exec'= {
            cand --backend 'Backend of the credentials [default: credentials_backend in config.toml, else local]'
            cand --layout 'Vault layout [default: vault.layout in config.toml, else kv2]'
            cand --mount 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]'
            cand --path-prefix 'Folder under the Vault mount [default: micado/credentials]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
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
            cand migrate 'Copy every credential from one backend to another'
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
        &'micadoctl;cred;help;migrate'= {
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
        &'micadoctl;ca'= {
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
            cand init 'Create the root CA; its private key is kept only encrypted in the store'
            cand issue 'Issue a certificate with a new key, or for a certificate signing request'
            cand list 'List certificates with their expiry and status'
            cand show 'Show the CA, or one certificate by name or serial'
            cand revoke 'Revoke a certificate; the next `ca crl` lists it'
            cand crl 'Sign a CRL listing every revoked certificate, valid for 15 days'
            cand renew 'Issue a new certificate with the same names and revoke the old one as superseded'
            cand export 'Write a certificate, its key, the CA and the CRL in strongSwan''s layouts'
            cand config 'Render the strongSwan configuration of the master or a worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;ca;init'= {
            cand --key 'Key algorithm of the CA'
            cand --validity 'Lifetime of the CA certificate, such as 10y'
            cand --name 'Subject common name of the CA'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --if-missing 'Succeed with changed: false when the CA exists already'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;ca;issue'= {
            cand --cert-profile 'Certificate profile (the global --profile selects a config.toml profile)'
            cand --san 'Subject alternative name: a DNS name or an IP address (repeatable)'
            cand --validity 'Time from now to NotAfter, such as 397d'
            cand --backdate 'How far NotBefore lies before now, for peers whose clocks lag'
            cand --key 'Key algorithm of a new key'
            cand --csr 'Certify the key of this PKCS#10 request (PEM or DER) instead of making a key'
            cand --count 'Issue N certificates named NAME-1 to NAME-N in one transaction, each with the profile''s default names'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --if-missing 'Succeed with changed: false when a valid certificate of this name exists'
            cand --allow-broad-wildcard 'Accept a wildcard directly under one label, such as *.test'
            cand --windows-ike-compat 'Also write IP addresses as dNSName entries, for Windows IKEv2 clients'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;ca;list'= {
            cand --expiring-within 'Only valid certificates whose NotAfter is within this time, such as 30d'
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
        &'micadoctl;ca;show'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --pem 'Print the certificate in PEM instead of its details'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;ca;revoke'= {
            cand --reason 'Revocation reason written into the CRL'
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
        &'micadoctl;ca;crl'= {
            cand --out 'File to write the CRL to (mode 0600) instead of stdout'
            cand --format 'Encoding of the CRL'
            cand --renew-if-within 'Keep the stored CRL (changed: false) unless a revocation happened since or its nextUpdate is within this time'
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
        &'micadoctl;ca;renew'= {
            cand --if-expires-within 'Renew only when the certificate expires within this time, such as 30d'
            cand --validity 'Time from now to NotAfter of the new certificate'
            cand --backdate 'How far NotBefore lies before now'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --rekey 'Make a new key instead of keeping the old one'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;ca;export'= {
            cand --format 'Layout to write'
            cand --out 'File for pem-bundle (mode 0600) instead of stdout'
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
        &'micadoctl;ca;config'= {
            cand --master-address 'Address or host name of the master'
            cand --name 'Name of this peer''s certificate in the store [default: master for the master, worker for a worker]'
            cand --remote-id 'Identity expected from the peer [default: the master''s name, or *.workernode.micado on the master]'
            cand --mode 'IPsec mode of the child SA'
            cand --local-ts 'Local subnet of a tunnel, such as 198.51.100.1/32'
            cand --remote-ts 'Remote subnet of a tunnel'
            cand --out 'File to write (mode 0600) instead of stdout'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --legacy 'Render the legacy ipsec.conf instead of swanctl.conf'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;ca;help'= {
            cand init 'Create the root CA; its private key is kept only encrypted in the store'
            cand issue 'Issue a certificate with a new key, or for a certificate signing request'
            cand list 'List certificates with their expiry and status'
            cand show 'Show the CA, or one certificate by name or serial'
            cand revoke 'Revoke a certificate; the next `ca crl` lists it'
            cand crl 'Sign a CRL listing every revoked certificate, valid for 15 days'
            cand renew 'Issue a new certificate with the same names and revoke the old one as superseded'
            cand export 'Write a certificate, its key, the CA and the CRL in strongSwan''s layouts'
            cand config 'Render the strongSwan configuration of the master or a worker'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;ca;help;init'= {
        }
        &'micadoctl;ca;help;issue'= {
        }
        &'micadoctl;ca;help;list'= {
        }
        &'micadoctl;ca;help;show'= {
        }
        &'micadoctl;ca;help;revoke'= {
        }
        &'micadoctl;ca;help;crl'= {
        }
        &'micadoctl;ca;help;renew'= {
        }
        &'micadoctl;ca;help;export'= {
        }
        &'micadoctl;ca;help;config'= {
        }
        &'micadoctl;ca;help;help'= {
        }
        &'micadoctl;firewall'= {
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
            cand init-policy 'Write a commented starting policy for a preset'
            cand render 'Render a policy as an nftables table or iptables-restore files'
            cand check 'Check the rendered rules with nft -c or iptables-restore --test'
            cand diff 'Show what apply would change in the running rules'
            cand apply 'Apply a policy atomically; roll back unless confirmed in time'
            cand confirm 'Keep the rules of a pending apply and stop its rollback'
            cand rollback 'Restore the rules saved by the last apply'
            cand watchdog 'Roll back a pending apply when its window ends (started by apply)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;firewall;init-policy'= {
            cand --preset 'Preset the policy starts from'
            cand --out 'File to create (must not exist) [default: stdout]'
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
        &'micadoctl;firewall;render'= {
            cand --format 'Output format'
            cand --out 'File for nft [default: stdout]; directory for iptables (rules.v4 and rules.v6)'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --explain 'Print the final rule order in words instead of the rules'
            cand --strict 'Reject networks with host bits set and any adjustment to the target''s limits'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;firewall;check'= {
            cand --format 'Rule format'
            cand --backend 'iptables implementation; auto uses iptables-restore as installed'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --strict 'Reject networks with host bits set and any adjustment to the target''s limits'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;firewall;diff'= {
            cand --format 'Rule format'
            cand --backend 'iptables implementation; auto uses iptables-restore as installed'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --strict 'Reject networks with host bits set and any adjustment to the target''s limits'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;firewall;apply'= {
            cand --format 'Rule format'
            cand --backend 'iptables implementation; auto uses iptables-restore as installed'
            cand --confirm-within 'Roll back unless `firewall confirm` runs within this time: seconds, or a duration such as 30s or 5m'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --strict 'Reject networks with host bits set and any adjustment to the target''s limits'
            cand --no-confirm 'Keep the new rules without waiting for a confirmation'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;firewall;confirm'= {
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
        &'micadoctl;firewall;rollback'= {
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
        &'micadoctl;firewall;watchdog'= {
            cand --id 'The apply to watch'
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
        &'micadoctl;firewall;help'= {
            cand init-policy 'Write a commented starting policy for a preset'
            cand render 'Render a policy as an nftables table or iptables-restore files'
            cand check 'Check the rendered rules with nft -c or iptables-restore --test'
            cand diff 'Show what apply would change in the running rules'
            cand apply 'Apply a policy atomically; roll back unless confirmed in time'
            cand confirm 'Keep the rules of a pending apply and stop its rollback'
            cand rollback 'Restore the rules saved by the last apply'
            cand watchdog 'Roll back a pending apply when its window ends (started by apply)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;firewall;help;init-policy'= {
        }
        &'micadoctl;firewall;help;render'= {
        }
        &'micadoctl;firewall;help;check'= {
        }
        &'micadoctl;firewall;help;diff'= {
        }
        &'micadoctl;firewall;help;apply'= {
        }
        &'micadoctl;firewall;help;confirm'= {
        }
        &'micadoctl;firewall;help;rollback'= {
        }
        &'micadoctl;firewall;help;watchdog'= {
        }
        &'micadoctl;firewall;help;help'= {
        }
        &'micadoctl;image'= {
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
            cand register 'Register the trusted digests of an image, from its file or as published'
            cand list 'List the registered images'
            cand show 'Show the digests, size and source of a registered image'
            cand verify 'Compare a file or Glance''s record with the registry'
            cand remove 'Remove an image from the registry'
            cand import 'Import a MiCADO IIVR list or sha256sum/sha512sum output'
            cand export 'Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON'
            cand hash 'Print the digests of files without storing anything'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;image;register'= {
            cand --algo 'Algorithms to compute from FILE, comma separated [default: sha256,sha512,blake3]'
            cand --sha256 'Published SHA-256 digest (64 hexadecimal digits)'
            cand --sha384 'Published SHA-384 digest (96 hexadecimal digits)'
            cand --sha512 'Published SHA-512 digest (128 hexadecimal digits)'
            cand --blake3 'Published BLAKE3 digest (64 hexadecimal digits)'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --replace 'Replace other digests registered under NAME'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;image;list'= {
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
        &'micadoctl;image;show'= {
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
        &'micadoctl;image;verify'= {
            cand --any 'Look FILE''s digests up among all registered images'
            cand --glance 'Compare with the hash that OpenStack Glance holds for this image ID'
            cand --file 'Local copy of the image, to compute an algorithm the registry lacks (with --glance)'
            cand --glance-url 'Image API endpoint, such as https://glance.example.org:9292 [default: from the Keystone catalog]'
            cand --credential 'Credential of type nova that authenticates with Keystone when OS_TOKEN is not set'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --download 'Download the image data from Glance and hash it (with --glance)'
            cand --allow-md5 'Accept Glance''s legacy MD5 checksum when it has no os_hash_value (with --glance)'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;image;remove'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --if-exists 'Succeed with changed: false when it is not registered'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;image;import'= {
            cand --format 'List format'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --replace 'Replace the digests of names that are registered with other digests'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;image;export'= {
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
        &'micadoctl;image;hash'= {
            cand --algo 'Algorithms, comma separated: sha256, sha384, sha512, blake3'
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
        &'micadoctl;image;help'= {
            cand register 'Register the trusted digests of an image, from its file or as published'
            cand list 'List the registered images'
            cand show 'Show the digests, size and source of a registered image'
            cand verify 'Compare a file or Glance''s record with the registry'
            cand remove 'Remove an image from the registry'
            cand import 'Import a MiCADO IIVR list or sha256sum/sha512sum output'
            cand export 'Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON'
            cand hash 'Print the digests of files without storing anything'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;image;help;register'= {
        }
        &'micadoctl;image;help;list'= {
        }
        &'micadoctl;image;help;show'= {
        }
        &'micadoctl;image;help;verify'= {
        }
        &'micadoctl;image;help;remove'= {
        }
        &'micadoctl;image;help;import'= {
        }
        &'micadoctl;image;help;export'= {
        }
        &'micadoctl;image;help;hash'= {
        }
        &'micadoctl;image;help;help'= {
        }
        &'micadoctl;manifest'= {
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
            cand create 'Record a baseline of every entry under a directory'
            cand check 'Compare a directory with its baseline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;manifest;create'= {
            cand --out 'Write the manifest to this file (mode 0600) instead of stdout'
            cand --exclude 'Leave out paths (relative to ROOT) that match this glob, with everything below them (repeatable)'
            cand --algo 'Content digest algorithm: sha256, sha384, sha512 or blake3'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --cross-file-systems 'Enter directories where other file systems are mounted'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;manifest;check'= {
            cand --manifest 'Manifest written by `manifest create`'
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
        &'micadoctl;manifest;help'= {
            cand create 'Record a baseline of every entry under a directory'
            cand check 'Compare a directory with its baseline'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;manifest;help;create'= {
        }
        &'micadoctl;manifest;help;check'= {
        }
        &'micadoctl;manifest;help;help'= {
        }
        &'micadoctl;secret'= {
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
            cand seal 'Seal the secret values of an application description in place'
            cand unseal 'Restore the original application description after checking its MAC'
            cand recipients 'List or change who can unseal a file; every change re-keys it'
            cand render 'Print Kubernetes Secret manifests from the values of a description'
            cand apply 'Create or update the Secrets of a description through the Kubernetes API'
            cand delete-applied 'Delete the Secrets that `secret apply` created for a description'
            cand encryption-config 'Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest'
            cand set 'Store an application secret in the encrypted store'
            cand get 'Print an application secret from the store'
            cand list 'List the application secrets in the store (names, no values)'
            cand delete 'Delete an application secret from the store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;secret;seal'= {
            cand -r 'Recipient: an age X25519 key (age1...) or an SSH public key (repeatable)'
            cand --recipient 'Recipient: an age X25519 key (age1...) or an SSH public key (repeatable)'
            cand --path 'Also seal the values under this path pattern (repeatable)'
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
        &'micadoctl;secret;unseal'= {
            cand --out 'Write the result here (- for stdout) instead of replacing FILE'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --unauthenticated 'Print even when the MAC does not match (only with --out -); every value must still decrypt'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;secret;recipients'= {
            cand --add 'Recipient to add (repeatable)'
            cand --remove 'Recipient to remove (repeatable)'
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
        &'micadoctl;secret;render'= {
            cand --layout 'Grouping of values into Secrets'
            cand --namespace 'Namespace of the Secrets [default: default]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --from-store 'Read values written STORE[NAME] from the store'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;secret;apply'= {
            cand --layout 'Grouping of values into Secrets'
            cand --namespace 'Namespace of the Secrets [default: default]'
            cand --kubeconfig 'kubeconfig file [default: $KUBECONFIG, else ~/.kube/config]'
            cand --context 'Context of the kubeconfig to use [default: its current-context]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --from-store 'Read values written STORE[NAME] from the store'
            cand --force-conflicts 'Take over fields of the Secrets that other field managers own (apply only)'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;secret;delete-applied'= {
            cand --layout 'Grouping of values into Secrets'
            cand --namespace 'Namespace of the Secrets [default: default]'
            cand --kubeconfig 'kubeconfig file [default: $KUBECONFIG, else ~/.kube/config]'
            cand --context 'Context of the kubeconfig to use [default: its current-context]'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --from-store 'Read values written STORE[NAME] from the store'
            cand --force-conflicts 'Take over fields of the Secrets that other field managers own (apply only)'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;secret;encryption-config'= {
            cand --provider 'Provider of a new key'
            cand --out 'File to write (mode 0600)'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --rotate 'Add a new first key and keep the old ones for reading'
            cand --prune 'Drop every key but the first (after all Secrets were rewritten)'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;secret;set'= {
            cand --from-file 'Read the value from this file (- for stdin)'
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
        &'micadoctl;secret;get'= {
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
        &'micadoctl;secret;list'= {
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
        &'micadoctl;secret;delete'= {
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
        &'micadoctl;secret;help'= {
            cand seal 'Seal the secret values of an application description in place'
            cand unseal 'Restore the original application description after checking its MAC'
            cand recipients 'List or change who can unseal a file; every change re-keys it'
            cand render 'Print Kubernetes Secret manifests from the values of a description'
            cand apply 'Create or update the Secrets of a description through the Kubernetes API'
            cand delete-applied 'Delete the Secrets that `secret apply` created for a description'
            cand encryption-config 'Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest'
            cand set 'Store an application secret in the encrypted store'
            cand get 'Print an application secret from the store'
            cand list 'List the application secrets in the store (names, no values)'
            cand delete 'Delete an application secret from the store'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;secret;help;seal'= {
        }
        &'micadoctl;secret;help;unseal'= {
        }
        &'micadoctl;secret;help;recipients'= {
        }
        &'micadoctl;secret;help;render'= {
        }
        &'micadoctl;secret;help;apply'= {
        }
        &'micadoctl;secret;help;delete-applied'= {
        }
        &'micadoctl;secret;help;encryption-config'= {
        }
        &'micadoctl;secret;help;set'= {
        }
        &'micadoctl;secret;help;get'= {
        }
        &'micadoctl;secret;help;list'= {
        }
        &'micadoctl;secret;help;delete'= {
        }
        &'micadoctl;secret;help;help'= {
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
        &'micadoctl;login'= {
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
            cand vault 'Log in to Vault or OpenBao and cache the token in the kernel keyring'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;login;vault'= {
            cand --method 'How to get the token'
            cand --token-file 'Read the token from this file (- for stdin); --method token'
            cand --username 'User name; --method userpass'
            cand --password-file 'Read the password from this file (- for stdin); --method userpass'
            cand --auth-mount 'Mount path of the userpass auth method'
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --insecure-http 'Allow plain http to a Vault address that is not a loopback address'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;login;help'= {
            cand vault 'Log in to Vault or OpenBao and cache the token in the kernel keyring'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;login;help;vault'= {
        }
        &'micadoctl;login;help;help'= {
        }
        &'micadoctl;logout'= {
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
            cand vault 'Drop the Vault token cached by `login vault`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;logout;vault'= {
            cand --home 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]'
            cand --profile 'Profile from config.toml whose settings apply'
            cand -o 'Output format of the result on stdout'
            cand --output 'Output format of the result on stdout'
            cand --color 'When to use colour on stderr'
            cand -i 'age identity file that unlocks the store'
            cand --identity 'age identity file that unlocks the store'
            cand --passphrase-file 'File whose first line is the store passphrase'
            cand --revoke 'Also revoke the token on the server'
            cand -q 'Print less: no notes, no warnings (repeatable)'
            cand --quiet 'Print less: no notes, no warnings (repeatable)'
            cand -v 'Print more detail on stderr (repeatable)'
            cand --verbose 'Print more detail on stderr (repeatable)'
            cand --no-input 'Never prompt; fail when input would be needed'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'micadoctl;logout;help'= {
            cand vault 'Drop the Vault token cached by `login vault`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'micadoctl;logout;help;vault'= {
        }
        &'micadoctl;logout;help;help'= {
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
            cand ca 'The certificate authority for master-worker IPsec: certificates, CRLs, strongSwan files'
            cand firewall 'Master node packet filter: policy, nftables and iptables rules, safe apply'
            cand image 'Image integrity: registry of trusted image digests, verification, Glance check'
            cand manifest 'File-tree baselines: record a directory, check it later'
            cand secret 'Application secrets: sealed descriptors and Kubernetes Secrets'
            cand audit 'The tamper-evident audit log'
            cand store 'Keys and recipients of the store'
            cand login 'Log in to a service and cache its token in the kernel keyring'
            cand logout 'Drop a token cached by `login`'
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
            cand migrate 'Copy every credential from one backend to another'
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
        &'micadoctl;help;cred;migrate'= {
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
        &'micadoctl;help;ca'= {
            cand init 'Create the root CA; its private key is kept only encrypted in the store'
            cand issue 'Issue a certificate with a new key, or for a certificate signing request'
            cand list 'List certificates with their expiry and status'
            cand show 'Show the CA, or one certificate by name or serial'
            cand revoke 'Revoke a certificate; the next `ca crl` lists it'
            cand crl 'Sign a CRL listing every revoked certificate, valid for 15 days'
            cand renew 'Issue a new certificate with the same names and revoke the old one as superseded'
            cand export 'Write a certificate, its key, the CA and the CRL in strongSwan''s layouts'
            cand config 'Render the strongSwan configuration of the master or a worker'
        }
        &'micadoctl;help;ca;init'= {
        }
        &'micadoctl;help;ca;issue'= {
        }
        &'micadoctl;help;ca;list'= {
        }
        &'micadoctl;help;ca;show'= {
        }
        &'micadoctl;help;ca;revoke'= {
        }
        &'micadoctl;help;ca;crl'= {
        }
        &'micadoctl;help;ca;renew'= {
        }
        &'micadoctl;help;ca;export'= {
        }
        &'micadoctl;help;ca;config'= {
        }
        &'micadoctl;help;firewall'= {
            cand init-policy 'Write a commented starting policy for a preset'
            cand render 'Render a policy as an nftables table or iptables-restore files'
            cand check 'Check the rendered rules with nft -c or iptables-restore --test'
            cand diff 'Show what apply would change in the running rules'
            cand apply 'Apply a policy atomically; roll back unless confirmed in time'
            cand confirm 'Keep the rules of a pending apply and stop its rollback'
            cand rollback 'Restore the rules saved by the last apply'
            cand watchdog 'Roll back a pending apply when its window ends (started by apply)'
        }
        &'micadoctl;help;firewall;init-policy'= {
        }
        &'micadoctl;help;firewall;render'= {
        }
        &'micadoctl;help;firewall;check'= {
        }
        &'micadoctl;help;firewall;diff'= {
        }
        &'micadoctl;help;firewall;apply'= {
        }
        &'micadoctl;help;firewall;confirm'= {
        }
        &'micadoctl;help;firewall;rollback'= {
        }
        &'micadoctl;help;firewall;watchdog'= {
        }
        &'micadoctl;help;image'= {
            cand register 'Register the trusted digests of an image, from its file or as published'
            cand list 'List the registered images'
            cand show 'Show the digests, size and source of a registered image'
            cand verify 'Compare a file or Glance''s record with the registry'
            cand remove 'Remove an image from the registry'
            cand import 'Import a MiCADO IIVR list or sha256sum/sha512sum output'
            cand export 'Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON'
            cand hash 'Print the digests of files without storing anything'
        }
        &'micadoctl;help;image;register'= {
        }
        &'micadoctl;help;image;list'= {
        }
        &'micadoctl;help;image;show'= {
        }
        &'micadoctl;help;image;verify'= {
        }
        &'micadoctl;help;image;remove'= {
        }
        &'micadoctl;help;image;import'= {
        }
        &'micadoctl;help;image;export'= {
        }
        &'micadoctl;help;image;hash'= {
        }
        &'micadoctl;help;manifest'= {
            cand create 'Record a baseline of every entry under a directory'
            cand check 'Compare a directory with its baseline'
        }
        &'micadoctl;help;manifest;create'= {
        }
        &'micadoctl;help;manifest;check'= {
        }
        &'micadoctl;help;secret'= {
            cand seal 'Seal the secret values of an application description in place'
            cand unseal 'Restore the original application description after checking its MAC'
            cand recipients 'List or change who can unseal a file; every change re-keys it'
            cand render 'Print Kubernetes Secret manifests from the values of a description'
            cand apply 'Create or update the Secrets of a description through the Kubernetes API'
            cand delete-applied 'Delete the Secrets that `secret apply` created for a description'
            cand encryption-config 'Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest'
            cand set 'Store an application secret in the encrypted store'
            cand get 'Print an application secret from the store'
            cand list 'List the application secrets in the store (names, no values)'
            cand delete 'Delete an application secret from the store'
        }
        &'micadoctl;help;secret;seal'= {
        }
        &'micadoctl;help;secret;unseal'= {
        }
        &'micadoctl;help;secret;recipients'= {
        }
        &'micadoctl;help;secret;render'= {
        }
        &'micadoctl;help;secret;apply'= {
        }
        &'micadoctl;help;secret;delete-applied'= {
        }
        &'micadoctl;help;secret;encryption-config'= {
        }
        &'micadoctl;help;secret;set'= {
        }
        &'micadoctl;help;secret;get'= {
        }
        &'micadoctl;help;secret;list'= {
        }
        &'micadoctl;help;secret;delete'= {
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
        &'micadoctl;help;login'= {
            cand vault 'Log in to Vault or OpenBao and cache the token in the kernel keyring'
        }
        &'micadoctl;help;login;vault'= {
        }
        &'micadoctl;help;logout'= {
            cand vault 'Drop the Vault token cached by `login vault`'
        }
        &'micadoctl;help;logout;vault'= {
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
