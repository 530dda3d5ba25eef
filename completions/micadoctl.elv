
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
            cand image 'Image integrity: registry of trusted image digests, verification, Glance check'
            cand manifest 'File-tree baselines: record a directory, check it later'
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
            cand image 'Image integrity: registry of trusted image digests, verification, Glance check'
            cand manifest 'File-tree baselines: record a directory, check it later'
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
