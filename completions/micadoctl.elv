
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
            cand cred 'Cloud credentials: encrypted, versioned, audited, injected per use'
            cand login 'Log in to a service and cache its token in the kernel keyring'
            cand logout 'Drop a token cached by `login`'
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
            cand cred 'Cloud credentials: encrypted, versioned, audited, injected per use'
            cand login 'Log in to a service and cache its token in the kernel keyring'
            cand logout 'Drop a token cached by `login`'
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
