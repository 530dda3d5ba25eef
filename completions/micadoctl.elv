
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
            cand secret 'Application secrets: sealed descriptors and Kubernetes Secrets'
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
            cand --layout 'How values are grouped into Secrets'
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
            cand --layout 'How values are grouped into Secrets'
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
            cand --layout 'How values are grouped into Secrets'
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
            cand secret 'Application secrets: sealed descriptors and Kubernetes Secrets'
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
        &'micadoctl;help;completions'= {
        }
        &'micadoctl;help;manpages'= {
        }
        &'micadoctl;help;help'= {
        }
    ]
    $completions[$command]
}
