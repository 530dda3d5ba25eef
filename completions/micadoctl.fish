# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_micadoctl_global_optspecs
    string join \n home= profile= o/output= q/quiet v/verbose no-input color= i/identity= passphrase-file= h/help V/version
end

function __fish_micadoctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_micadoctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_micadoctl_using_subcommand
    set -l cmd (__fish_micadoctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c micadoctl -n "__fish_micadoctl_needs_command" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_needs_command" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_needs_command" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_needs_command" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_needs_command" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_needs_command" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_needs_command" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -s V -l version -d 'Print version'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "init" -d 'Create the state home, the encrypted store and an identity'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "status" -d 'Show the store: home, schema, lock state, recipients and record counts'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "unlock" -d 'Cache the store key in the kernel keyring for a limited time'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "lock" -d 'Drop the store key cached by `unlock`'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "user" -d 'Web access accounts: users, roles, password verification and lockout'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "role" -d 'Roles of web access accounts'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "cred" -d 'Cloud credentials: encrypted, versioned, audited, injected per use'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "ca" -d 'The certificate authority for master-worker IPsec: certificates, CRLs, strongSwan files'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "firewall" -d 'Master node packet filter: policy, nftables and iptables rules, safe apply'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "image" -d 'Image integrity: registry of trusted image digests, verification, Glance check'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "manifest" -d 'File-tree baselines: record a directory, check it later'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "secret" -d 'Application secrets: sealed descriptors and Kubernetes Secrets'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "audit" -d 'The tamper-evident audit log'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "store" -d 'Keys and recipients of the store'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "login" -d 'Log in to a service and cache its token in the kernel keyring'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "logout" -d 'Drop a token cached by `login`'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "manpages" -d 'Write the man pages into a directory'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -l identity-file -d 'Identity file to create or append to [default: identity.txt in the state home]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -l recipient -d 'Extra age recipient that can open the store, such as an offline recovery key (repeatable)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -l passphrase -d 'Protect the store with a passphrase (age scrypt) instead of an identity file'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -l ttl -d 'How long the key stays cached: a duration such as 15m, 1h or 8h' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "add" -d 'Create an account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "list" -d 'List accounts (no password hashes)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "show" -d 'Show one account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "passwd" -d 'Set a new password'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "role" -d 'Add or remove roles of an account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "lock" -d 'Lock an account: verification fails until `user unlock`'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "unlock" -d 'Unlock an account, also one locked after failed verifications'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "delete" -d 'Delete an account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "verify" -d 'Check a password: exit 0 accepted, 3 rejected, 7 locked'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "import" -d 'Import accounts from a Credential Manager database or provisioning file'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "export" -d 'Write an htpasswd file for nginx or Apache basic auth'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and not __fish_seen_subcommand_from add list show passwd role lock unlock delete verify import export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l email -d 'E-mail address' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l role -d 'Role (repeatable) [default: user]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l scheme -d 'Hash scheme [default: scheme in config.toml, else argon2id]' -r -f -a "argon2id\t'argon2id PHC string (the default)'
bcrypt\t'bcrypt, written as $2y$; at most 72 bytes, no NUL byte'
sha512-crypt\t'SHA-crypt with SHA-512, $6$'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l machine -d 'A machine account with a generated password'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l if-absent -d 'Succeed with changed: false when the account exists'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l scheme -d 'Hash scheme [default: the account\'s own, else the configured one]' -r -f -a "argon2id\t'argon2id PHC string (the default)'
bcrypt\t'bcrypt, written as $2y$; at most 72 bytes, no NUL byte'
sha512-crypt\t'SHA-crypt with SHA-512, $6$'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l old-password-file -d 'Current password, first line of FILE (Credential Manager backend)' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-file -d 'Read the password from the first line of FILE' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l generate -d 'Generate a password and show it once (on stdout, or in --password-file)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l if-changed -d 'Report changed: false when the new password is the current one'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the password from the first line of stdin'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -l add -d 'Role to add (repeatable)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -l remove -d 'Role to remove (repeatable)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from role" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed with changed: false when it does not exist'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l password-file -d 'Read the password from the first line of FILE instead of stdin' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -l credman-db -d 'Credential Manager SQLite database' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -l provisioning -d 'Username,Email,Password CSV or credentials-micado.yml' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -l htpasswd -d 'File to write (mode 0600, replaced atomically)' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -l backend -d 'Account backend [default: backend in config.toml, else local]' -r -f -a "local\t'The encrypted store'
credman\t'A MiCADO Credential Manager over its REST API'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -l api -d 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create an account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List accounts (no password hashes)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Set a new password'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "role" -d 'Add or remove roles of an account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "lock" -d 'Lock an account: verification fails until `user unlock`'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "unlock" -d 'Unlock an account, also one locked after failed verifications'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a password: exit 0 accepted, 3 rejected, 7 locked'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import accounts from a Credential Manager database or provisioning file'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write an htpasswd file for nginx or Apache basic auth'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -f -a "add" -d 'Define a role'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -f -a "list" -d 'List roles with the number of accounts that have each'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -f -a "delete" -d 'Delete a role that no account has (user and admin cannot be deleted)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and not __fish_seen_subcommand_from add list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -l if-absent -d 'Succeed with changed: false when it exists'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed with changed: false when it does not exist'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "add" -d 'Define a role'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "list" -d 'List roles with the number of accounts that have each'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a role that no account has (user and admin cannot be deleted)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand role; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "set" -d 'Store a new version of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "get" -d 'Print a credential\'s values'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "list" -d 'List credentials (names and metadata, no values)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "history" -d 'List the versions of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "delete" -d 'Delete a credential with all its versions'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "migrate" -d 'Copy every credential from one backend to another'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "import" -d 'Import MiCADO\'s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "export" -d 'Write credentials back in MiCADO\'s or another format'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "rotate" -d 'Replace a credential\'s values: stage, verify, promote'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "rollback" -d 'Make an older version current again'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "exec" -d 'Run a command with a credential in its environment'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete migrate import export rotate rollback exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -s t -l type -d 'Credential type [default: from the file, when it names one]' -r -f -a "openid\t''
ec2\t''
cloudsigma\t''
cloudbroker\t''
nova\t''
azure\t''
oci\t''
gce\t''
generic\t''"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l from-file -d 'Read values from a JSON or YAML file (- for stdin)' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l value -d 'Field value on the command line (repeatable; needs --insecure-argv)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l insecure-argv -d 'Accept secret values in argv, where other users can read them'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l merge -d 'Keep the stored fields that the new values do not set'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l field -d 'Print only this field\'s value' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l version -d 'Read this version instead of the current one (`cred history NAME` lists them)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed with changed: false when it does not exist'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l destroy -d 'Vault: destroy every version\'s values instead of a soft delete'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l from -d 'Backend to read from' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l to -d 'Backend to write to' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l spm-mount -d 'KV version 1 mount of the Security Policy Manager\'s secrets' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l prefix -d 'Name entries PREFIX-TYPE instead of TYPE' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l format -d 'File format' -r -f -a "auto\t'Decide from the contents'
micado\t'MiCADO\'s credentials-cloud-api.yml'
gce-json\t'Google service-account JSON key'
registries\t'k3s registries.yaml (generic credentials named after the registry)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l from-vault-spm -d 'Copy the Security Policy Manager\'s secrets from Vault instead of reading a file'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "micado\t'MiCADO\'s credentials-cloud-api.yml'
json\t'One JSON document with every credential'
gce-json\t'The service-account JSON key of one gce credential'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l out -d 'Write to this file (mode 0600) instead of stdout' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l from-file -d 'Read values from a JSON or YAML file (- for stdin)' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l value -d 'Field value on the command line (repeatable; needs --insecure-argv)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l verify-cmd -d 'Shell command that must succeed with the staged values before they are promoted' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l insecure-argv -d 'Accept secret values in argv, where other users can read them'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l abort -d 'Discard a pending rotation'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l to-version -d 'Version to restore' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l backend -d 'Backend of the credentials [default: credentials_backend in config.toml, else local]' -r -f -a "local\t'The encrypted local store'
vault\t'HashiCorp Vault or OpenBao (VAULT_ADDR, VAULT_TOKEN or `micadoctl login vault`)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l layout -d 'Vault layout [default: vault.layout in config.toml, else kv2]' -r -f -a "kv2\t'KV version 2, one secret per credential at MOUNT/data/PREFIX/NAME'
spm\t'MiCADO Security Policy Manager: KV version 1 at MOUNT/NAME, field secret_value'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l mount -d 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l path-prefix -d 'Folder under the Vault mount [default: micado/credentials]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a new version of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a credential\'s values'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "list" -d 'List credentials (names and metadata, no values)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "history" -d 'List the versions of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a credential with all its versions'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Copy every credential from one backend to another'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import MiCADO\'s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write credentials back in MiCADO\'s or another format'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Replace a credential\'s values: stage, verify, promote'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Make an older version current again'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command with a credential in its environment'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "init" -d 'Create the root CA; its private key is kept only encrypted in the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "issue" -d 'Issue a certificate with a new key, or for a certificate signing request'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "list" -d 'List certificates with their expiry and status'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "show" -d 'Show the CA, or one certificate by name or serial'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "revoke" -d 'Revoke a certificate; the next `ca crl` lists it'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "crl" -d 'Sign a CRL listing every revoked certificate, valid for 15 days'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "renew" -d 'Issue a new certificate with the same names and revoke the old one as superseded'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "export" -d 'Write a certificate, its key, the CA and the CRL in strongSwan\'s layouts'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "config" -d 'Render the strongSwan configuration of the master or a worker'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and not __fish_seen_subcommand_from init issue list show revoke crl renew export config help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -l key -d 'Key algorithm of the CA' -r -f -a "ecdsa-p256\t'ECDSA with NIST P-256'
ed25519\t'Ed25519'
rsa-3072\t'RSA with 3072-bit keys'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -l validity -d 'Lifetime of the CA certificate, such as 10y' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -l name -d 'Subject common name of the CA' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -l if-missing -d 'Succeed with changed: false when the CA exists already'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l cert-profile -d 'Certificate profile (the global --profile selects a config.toml profile)' -r -f -a "master\t'MiCADO master: masternode.micado; serverAuth and clientAuth'
worker\t'MiCADO worker: <random hex>.workernode.micado; serverAuth and clientAuth'
server\t'TLS server: serverAuth'
client\t'TLS client: clientAuth'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l san -d 'Subject alternative name: a DNS name or an IP address (repeatable)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l validity -d 'Time from now to NotAfter, such as 397d' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l backdate -d 'How far NotBefore lies before now, for peers whose clocks lag' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l key -d 'Key algorithm of a new key' -r -f -a "ecdsa-p256\t'ECDSA with NIST P-256'
ed25519\t'Ed25519'
rsa-3072\t'RSA with 3072-bit keys'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l csr -d 'Certify the key of this PKCS#10 request (PEM or DER) instead of making a key' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l count -d 'Issue N certificates named NAME-1 to NAME-N in one transaction, each with the profile\'s default names' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l if-missing -d 'Succeed with changed: false when a valid certificate of this name exists'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l allow-broad-wildcard -d 'Accept a wildcard directly under one label, such as *.test'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l windows-ike-compat -d 'Also write IP addresses as dNSName entries, for Windows IKEv2 clients'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -l expiring-within -d 'Only valid certificates whose NotAfter is within this time, such as 30d' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -l pem -d 'Print the certificate in PEM instead of its details'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -l reason -d 'Revocation reason written into the CRL' -r -f -a "unspecified\t'No reason given'
key-compromise\t'The private key was or may have been disclosed'
ca-compromise\t'The CA key was or may have been disclosed'
affiliation-changed\t'The subject\'s name or affiliation changed'
superseded\t'A newer certificate replaces it'
cessation-of-operation\t'The host is no longer in service'
privilege-withdrawn\t'The subject may no longer use it'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -l out -d 'File to write the CRL to (mode 0600) instead of stdout' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -l format -d 'Encoding of the CRL' -r -f -a "der\t'DER, as strongSwan\'s x509crl directory reads it'
pem\t'PEM'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -l renew-if-within -d 'Keep the stored CRL (changed: false) unless a revocation happened since or its nextUpdate is within this time' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from crl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -l if-expires-within -d 'Renew only when the certificate expires within this time, such as 30d' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -l validity -d 'Time from now to NotAfter of the new certificate' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -l backdate -d 'How far NotBefore lies before now' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -l rekey -d 'Make a new key instead of keeping the old one'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from renew" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -l format -d 'Layout to write' -r -f -a "swanctl\t'swanctl\'s directories: x509ca, x509, private, x509crl'
ipsec.d\t'The legacy /etc/ipsec.d directories: cacerts, certs, private, crls'
pem-bundle\t'The private key then the certificate in one text'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -l out -d 'File for pem-bundle (mode 0600) instead of stdout' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l master-address -d 'Address or host name of the master' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l name -d 'Name of this peer\'s certificate in the store [default: master for the master, worker for a worker]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l remote-id -d 'Identity expected from the peer [default: the master\'s name, or *.workernode.micado on the master]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l mode -d 'IPsec mode of the child SA' -r -f -a "transport\t'Transport mode between the two hosts'
tunnel\t'Tunnel mode between --local-ts and --remote-ts'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l local-ts -d 'Local subnet of a tunnel, such as 198.51.100.1/32' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l remote-ts -d 'Remote subnet of a tunnel' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l out -d 'File to write (mode 0600) instead of stdout' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l legacy -d 'Render the legacy ipsec.conf instead of swanctl.conf'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create the root CA; its private key is kept only encrypted in the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue a certificate with a new key, or for a certificate signing request'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "list" -d 'List certificates with their expiry and status'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the CA, or one certificate by name or serial'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke a certificate; the next `ca crl` lists it'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "crl" -d 'Sign a CRL listing every revoked certificate, valid for 15 days'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "renew" -d 'Issue a new certificate with the same names and revoke the old one as superseded'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a certificate, its key, the CA and the CRL in strongSwan\'s layouts'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "config" -d 'Render the strongSwan configuration of the master or a worker'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand ca; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -f -a "init-policy" -d 'Write a commented starting policy for a preset'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -f -a "render" -d 'Render a policy as an nftables table or iptables-restore files'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -f -a "check" -d 'Check the rendered rules with nft -c or iptables-restore --test'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -f -a "diff" -d 'Show what apply would change in the running rules'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -f -a "apply" -d 'Apply a policy atomically; roll back unless confirmed in time'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -f -a "confirm" -d 'Keep the rules of a pending apply and stop its rollback'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -f -a "rollback" -d 'Restore the rules saved by the last apply'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -f -a "watchdog" -d 'Roll back a pending apply when its window ends (started by apply)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and not __fish_seen_subcommand_from init-policy render check diff apply confirm rollback watchdog help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -l preset -d 'Preset the policy starts from' -r -f -a "micado-kubeadm\t'MiCADO v0.11 master: kubeadm, flannel, IPsec'
micado-k3s\t'MiCADO v0.12 master: k3s, WireGuard'
none\t'Only the fixed base rules'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -l out -d 'File to create (must not exist) [default: stdout]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from init-policy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -l format -d 'Output format' -r -f -a "nft\t'One nftables table inet micado'
iptables\t'rules.v4 and rules.v6 for iptables-restore and ip6tables-restore'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -l out -d 'File for nft [default: stdout]; directory for iptables (rules.v4 and rules.v6)' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -l explain -d 'Print the final rule order in words instead of the rules'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -l strict -d 'Reject networks with host bits set and any adjustment to the target\'s limits'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -l format -d 'Rule format' -r -f -a "nft\t'One nftables table inet micado'
iptables\t'rules.v4 and rules.v6 for iptables-restore and ip6tables-restore'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -l backend -d 'iptables implementation; auto uses iptables-restore as installed' -r -f -a "auto\t'iptables-restore as installed'
legacy\t'iptables-legacy-restore (x_tables)'
nft\t'iptables-nft-restore (nf_tables)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -l strict -d 'Reject networks with host bits set and any adjustment to the target\'s limits'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -l format -d 'Rule format' -r -f -a "nft\t'One nftables table inet micado'
iptables\t'rules.v4 and rules.v6 for iptables-restore and ip6tables-restore'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -l backend -d 'iptables implementation; auto uses iptables-restore as installed' -r -f -a "auto\t'iptables-restore as installed'
legacy\t'iptables-legacy-restore (x_tables)'
nft\t'iptables-nft-restore (nf_tables)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -l strict -d 'Reject networks with host bits set and any adjustment to the target\'s limits'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l format -d 'Rule format' -r -f -a "nft\t'One nftables table inet micado'
iptables\t'rules.v4 and rules.v6 for iptables-restore and ip6tables-restore'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l backend -d 'iptables implementation; auto uses iptables-restore as installed' -r -f -a "auto\t'iptables-restore as installed'
legacy\t'iptables-legacy-restore (x_tables)'
nft\t'iptables-nft-restore (nf_tables)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l confirm-within -d 'Roll back unless `firewall confirm` runs within this time: seconds, or a duration such as 30s or 5m' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l strict -d 'Reject networks with host bits set and any adjustment to the target\'s limits'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l no-confirm -d 'Keep the new rules without waiting for a confirmation'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from confirm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -l id -d 'The apply to watch' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from watchdog" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from help" -f -a "init-policy" -d 'Write a commented starting policy for a preset'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from help" -f -a "render" -d 'Render a policy as an nftables table or iptables-restore files'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from help" -f -a "check" -d 'Check the rendered rules with nft -c or iptables-restore --test'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Show what apply would change in the running rules'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Apply a policy atomically; roll back unless confirmed in time'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from help" -f -a "confirm" -d 'Keep the rules of a pending apply and stop its rollback'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Restore the rules saved by the last apply'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from help" -f -a "watchdog" -d 'Roll back a pending apply when its window ends (started by apply)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand firewall; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -f -a "register" -d 'Register the trusted digests of an image, from its file or as published'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -f -a "list" -d 'List the registered images'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -f -a "show" -d 'Show the digests, size and source of a registered image'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -f -a "verify" -d 'Compare a file or Glance\'s record with the registry'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -f -a "remove" -d 'Remove an image from the registry'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -f -a "import" -d 'Import a MiCADO IIVR list or sha256sum/sha512sum output'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -f -a "export" -d 'Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -f -a "hash" -d 'Print the digests of files without storing anything'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and not __fish_seen_subcommand_from register list show verify remove import export hash help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l algo -d 'Algorithms to compute from FILE, comma separated [default: sha256,sha512,blake3]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l sha256 -d 'Published SHA-256 digest (64 hexadecimal digits)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l sha384 -d 'Published SHA-384 digest (96 hexadecimal digits)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l sha512 -d 'Published SHA-512 digest (128 hexadecimal digits)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l blake3 -d 'Published BLAKE3 digest (64 hexadecimal digits)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l replace -d 'Replace other digests registered under NAME'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from register" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l any -d 'Look FILE\'s digests up among all registered images' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l glance -d 'Compare with the hash that OpenStack Glance holds for this image ID' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l file -d 'Local copy of the image, to compute an algorithm the registry lacks (with --glance)' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l glance-url -d 'Image API endpoint, such as https://glance.example.org:9292 [default: from the Keystone catalog]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l credential -d 'Credential of type nova that authenticates with Keystone when OS_TOKEN is not set' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l download -d 'Download the image data from Glance and hash it (with --glance)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l allow-md5 -d 'Accept Glance\'s legacy MD5 checksum when it has no os_hash_value (with --glance)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -l if-exists -d 'Succeed with changed: false when it is not registered'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -l format -d 'List format' -r -f -a "auto\t'Decide from the first entry'
iivr\t'MiCADO IIVR list: NAME;SHA256 per line'
sha256sum\t'Output of sha256sum, sha512sum (or with --tag)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -l replace -d 'Replace the digests of names that are registered with other digests'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "json\t'One JSON document with every entry'
iivr\t'MiCADO IIVR list: NAME;SHA256 per line'
sha256sum\t'Lines that `sha256sum -c` checks'
sha512sum\t'Lines that `sha512sum -c` checks'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -l out -d 'Write to this file (mode 0600) instead of stdout' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -l algo -d 'Algorithms, comma separated: sha256, sha384, sha512, blake3' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from hash" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "register" -d 'Register the trusted digests of an image, from its file or as published'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the registered images'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the digests, size and source of a registered image'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Compare a file or Glance\'s record with the registry'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove an image from the registry'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import a MiCADO IIVR list or sha256sum/sha512sum output'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "hash" -d 'Print the digests of files without storing anything'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand image; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -f -a "create" -d 'Record a baseline of every entry under a directory'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -f -a "check" -d 'Compare a directory with its baseline'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and not __fish_seen_subcommand_from create check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -l out -d 'Write the manifest to this file (mode 0600) instead of stdout' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -l exclude -d 'Leave out paths (relative to ROOT) that match this glob, with everything below them (repeatable)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -l algo -d 'Content digest algorithm: sha256, sha384, sha512 or blake3' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -l cross-file-systems -d 'Enter directories where other file systems are mounted'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -l manifest -d 'Manifest written by `manifest create`' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "create" -d 'Record a baseline of every entry under a directory'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "check" -d 'Compare a directory with its baseline'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "seal" -d 'Seal the secret values of an application description in place'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "unseal" -d 'Restore the original application description after checking its MAC'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "recipients" -d 'List or change who can unseal a file; every change re-keys it'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "render" -d 'Print Kubernetes Secret manifests from the values of a description'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "apply" -d 'Create or update the Secrets of a description through the Kubernetes API'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "delete-applied" -d 'Delete the Secrets that `secret apply` created for a description'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "encryption-config" -d 'Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "set" -d 'Store an application secret in the encrypted store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "get" -d 'Print an application secret from the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "list" -d 'List the application secrets in the store (names, no values)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "delete" -d 'Delete an application secret from the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and not __fish_seen_subcommand_from seal unseal recipients render apply delete-applied encryption-config set get list delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -s r -l recipient -d 'Recipient: an age X25519 key (age1...) or an SSH public key (repeatable)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -l path -d 'Also seal the values under this path pattern (repeatable)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from seal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -l out -d 'Write the result here (- for stdout) instead of replacing FILE' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -l unauthenticated -d 'Print even when the MAC does not match (only with --out -); every value must still decrypt'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from unseal" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -l add -d 'Recipient to add (repeatable)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -l remove -d 'Recipient to remove (repeatable)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from recipients" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -l layout -d 'Grouping of values into Secrets' -r -f -a "micado\t'Every text_secrets key in micado.appsecret, as MiCADO\'s deployer does'
per-app\t'One Secret per policy target'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -l namespace -d 'Namespace of the Secrets [default: default]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -l from-store -d 'Read values written STORE[NAME] from the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l layout -d 'Grouping of values into Secrets' -r -f -a "micado\t'Every text_secrets key in micado.appsecret, as MiCADO\'s deployer does'
per-app\t'One Secret per policy target'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l namespace -d 'Namespace of the Secrets [default: default]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l kubeconfig -d 'kubeconfig file [default: $KUBECONFIG, else ~/.kube/config]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l context -d 'Context of the kubeconfig to use [default: its current-context]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l from-store -d 'Read values written STORE[NAME] from the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l force-conflicts -d 'Take over fields of the Secrets that other field managers own (apply only)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l layout -d 'Grouping of values into Secrets' -r -f -a "micado\t'Every text_secrets key in micado.appsecret, as MiCADO\'s deployer does'
per-app\t'One Secret per policy target'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l namespace -d 'Namespace of the Secrets [default: default]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l kubeconfig -d 'kubeconfig file [default: $KUBECONFIG, else ~/.kube/config]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l context -d 'Context of the kubeconfig to use [default: its current-context]' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l from-store -d 'Read values written STORE[NAME] from the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l force-conflicts -d 'Take over fields of the Secrets that other field managers own (apply only)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -l provider -d 'Provider of a new key' -r -f -a "aescbc\t'AES-CBC with PKCS#7 padding, 32-byte key'
secretbox\t'XSalsa20 and Poly1305, 32-byte key'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -l out -d 'File to write (mode 0600)' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -l rotate -d 'Add a new first key and keep the old ones for reading'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -l prune -d 'Drop every key but the first (after all Secrets were rewritten)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from encryption-config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l from-file -d 'Read the value from this file (- for stdin)' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l if-exists -d 'Succeed with changed: false when it does not exist'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "seal" -d 'Seal the secret values of an application description in place'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "unseal" -d 'Restore the original application description after checking its MAC'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "recipients" -d 'List or change who can unseal a file; every change re-keys it'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "render" -d 'Print Kubernetes Secret manifests from the values of a description'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Create or update the Secrets of a description through the Kubernetes API'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "delete-applied" -d 'Delete the Secrets that `secret apply` created for a description'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "encryption-config" -d 'Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store an application secret in the encrypted store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print an application secret from the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the application secrets in the store (names, no values)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete an application secret from the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -f -a "list" -d 'List audit records, oldest first'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -f -a "verify" -d 'Check the hash chain and MACs of the whole log'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -f -a "export" -d 'Write audit records as JSON lines, for a SIEM'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and not __fish_seen_subcommand_from list verify export help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l since -d 'Records at or after this time: RFC 3339 or a duration back from now (15m, 2h, 7d)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l until -d 'Records before this time: RFC 3339 or a duration back from now' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l object -d 'Object, exact or with a trailing * (credential/*)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l action -d 'Action, exact or with a trailing * (cred.*)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l limit -d 'Only the newest N records' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l since -d 'Records at or after this time: RFC 3339 or a duration back from now (15m, 2h, 7d)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l until -d 'Records before this time: RFC 3339 or a duration back from now' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l object -d 'Object, exact or with a trailing * (credential/*)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l action -d 'Action, exact or with a trailing * (cred.*)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l limit -d 'Only the newest N records' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l out -d 'Write to this file (mode 0600) instead of stdout' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "list" -d 'List audit records, oldest first'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check the hash chain and MACs of the whole log'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write audit records as JSON lines, for a SIEM'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -f -a "add-recipient" -d 'Let another age identity open the store, such as an offline recovery key'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -f -a "rekey" -d 'Replace the data key and re-encrypt everything in one transaction'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -f -a "backup" -d 'Write a consistent copy of the database (still encrypted) to a file'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and not __fish_seen_subcommand_from add-recipient rekey backup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from add-recipient" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from rekey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "add-recipient" -d 'Let another age identity open the store, such as an offline recovery key'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "rekey" -d 'Replace the data key and re-encrypt everything in one transaction'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a consistent copy of the database (still encrypted) to a file'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand store; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -f -a "vault" -d 'Log in to Vault or OpenBao and cache the token in the kernel keyring'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and not __fish_seen_subcommand_from vault help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l method -d 'How to get the token' -r -f -a "token\t'An existing token, from a prompt, --token-file or stdin'
userpass\t'The userpass auth method: user name and password'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l token-file -d 'Read the token from this file (- for stdin); --method token' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l username -d 'User name; --method userpass' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l password-file -d 'Read the password from this file (- for stdin); --method userpass' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l auth-mount -d 'Mount path of the userpass auth method' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l insecure-http -d 'Allow plain http to a Vault address that is not a loopback address'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from vault" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "vault" -d 'Log in to Vault or OpenBao and cache the token in the kernel keyring'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand login; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -f -a "vault" -d 'Drop the Vault token cached by `login vault`'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and not __fish_seen_subcommand_from vault help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -l revoke -d 'Also revoke the token on the server'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from vault" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from help" -f -a "vault" -d 'Drop the Vault token cached by `login vault`'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand logout; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand manpages" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "init" -d 'Create the state home, the encrypted store and an identity'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "status" -d 'Show the store: home, schema, lock state, recipients and record counts'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "unlock" -d 'Cache the store key in the kernel keyring for a limited time'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "lock" -d 'Drop the store key cached by `unlock`'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "user" -d 'Web access accounts: users, roles, password verification and lockout'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "role" -d 'Roles of web access accounts'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "cred" -d 'Cloud credentials: encrypted, versioned, audited, injected per use'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "ca" -d 'The certificate authority for master-worker IPsec: certificates, CRLs, strongSwan files'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "firewall" -d 'Master node packet filter: policy, nftables and iptables rules, safe apply'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "image" -d 'Image integrity: registry of trusted image digests, verification, Glance check'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "manifest" -d 'File-tree baselines: record a directory, check it later'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "secret" -d 'Application secrets: sealed descriptors and Kubernetes Secrets'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "audit" -d 'The tamper-evident audit log'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "store" -d 'Keys and recipients of the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "login" -d 'Log in to a service and cache its token in the kernel keyring'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "logout" -d 'Drop a token cached by `login`'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "completions" -d 'Print a shell completion script'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "manpages" -d 'Write the man pages into a directory'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock user role cred ca firewall image manifest secret audit store login logout completions manpages help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create an account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List accounts (no password hashes)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Set a new password'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "role" -d 'Add or remove roles of an account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "lock" -d 'Lock an account: verification fails until `user unlock`'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "unlock" -d 'Unlock an account, also one locked after failed verifications'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete an account'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "verify" -d 'Check a password: exit 0 accepted, 3 rejected, 7 locked'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "import" -d 'Import accounts from a Credential Manager database or provisioning file'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "export" -d 'Write an htpasswd file for nginx or Apache basic auth'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "add" -d 'Define a role'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "list" -d 'List roles with the number of accounts that have each'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from role" -f -a "delete" -d 'Delete a role that no account has (user and admin cannot be deleted)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "set" -d 'Store a new version of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "get" -d 'Print a credential\'s values'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "list" -d 'List credentials (names and metadata, no values)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "history" -d 'List the versions of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "delete" -d 'Delete a credential with all its versions'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "migrate" -d 'Copy every credential from one backend to another'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "import" -d 'Import MiCADO\'s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "export" -d 'Write credentials back in MiCADO\'s or another format'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "rotate" -d 'Replace a credential\'s values: stage, verify, promote'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "rollback" -d 'Make an older version current again'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "exec" -d 'Run a command with a credential in its environment'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from ca" -f -a "init" -d 'Create the root CA; its private key is kept only encrypted in the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from ca" -f -a "issue" -d 'Issue a certificate with a new key, or for a certificate signing request'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from ca" -f -a "list" -d 'List certificates with their expiry and status'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from ca" -f -a "show" -d 'Show the CA, or one certificate by name or serial'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from ca" -f -a "revoke" -d 'Revoke a certificate; the next `ca crl` lists it'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from ca" -f -a "crl" -d 'Sign a CRL listing every revoked certificate, valid for 15 days'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from ca" -f -a "renew" -d 'Issue a new certificate with the same names and revoke the old one as superseded'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from ca" -f -a "export" -d 'Write a certificate, its key, the CA and the CRL in strongSwan\'s layouts'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from ca" -f -a "config" -d 'Render the strongSwan configuration of the master or a worker'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from firewall" -f -a "init-policy" -d 'Write a commented starting policy for a preset'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from firewall" -f -a "render" -d 'Render a policy as an nftables table or iptables-restore files'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from firewall" -f -a "check" -d 'Check the rendered rules with nft -c or iptables-restore --test'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from firewall" -f -a "diff" -d 'Show what apply would change in the running rules'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from firewall" -f -a "apply" -d 'Apply a policy atomically; roll back unless confirmed in time'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from firewall" -f -a "confirm" -d 'Keep the rules of a pending apply and stop its rollback'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from firewall" -f -a "rollback" -d 'Restore the rules saved by the last apply'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from firewall" -f -a "watchdog" -d 'Roll back a pending apply when its window ends (started by apply)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "register" -d 'Register the trusted digests of an image, from its file or as published'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "list" -d 'List the registered images'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "show" -d 'Show the digests, size and source of a registered image'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "verify" -d 'Compare a file or Glance\'s record with the registry'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "remove" -d 'Remove an image from the registry'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "import" -d 'Import a MiCADO IIVR list or sha256sum/sha512sum output'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "export" -d 'Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from image" -f -a "hash" -d 'Print the digests of files without storing anything'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "create" -d 'Record a baseline of every entry under a directory'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "check" -d 'Compare a directory with its baseline'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "seal" -d 'Seal the secret values of an application description in place'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "unseal" -d 'Restore the original application description after checking its MAC'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "recipients" -d 'List or change who can unseal a file; every change re-keys it'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "render" -d 'Print Kubernetes Secret manifests from the values of a description'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "apply" -d 'Create or update the Secrets of a description through the Kubernetes API'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "delete-applied" -d 'Delete the Secrets that `secret apply` created for a description'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "encryption-config" -d 'Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "set" -d 'Store an application secret in the encrypted store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "get" -d 'Print an application secret from the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "list" -d 'List the application secrets in the store (names, no values)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from secret" -f -a "delete" -d 'Delete an application secret from the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit records, oldest first'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the hash chain and MACs of the whole log'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "export" -d 'Write audit records as JSON lines, for a SIEM'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "add-recipient" -d 'Let another age identity open the store, such as an offline recovery key'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "rekey" -d 'Replace the data key and re-encrypt everything in one transaction'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "backup" -d 'Write a consistent copy of the database (still encrypted) to a file'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from login" -f -a "vault" -d 'Log in to Vault or OpenBao and cache the token in the kernel keyring'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from logout" -f -a "vault" -d 'Drop the Vault token cached by `login vault`'
