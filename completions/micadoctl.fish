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
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "cred" -d 'Cloud credentials: encrypted, versioned, audited, injected per use'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "secret" -d 'Application secrets: sealed descriptors and Kubernetes Secrets'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "audit" -d 'The tamper-evident audit log'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "store" -d 'Keys and recipients of the store'
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "set" -d 'Store a new version of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "get" -d 'Print a credential\'s values'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "list" -d 'List credentials (names and metadata, no values)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "history" -d 'List the versions of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "delete" -d 'Delete a credential with all its versions'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "import" -d 'Import MiCADO\'s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "export" -d 'Write credentials back in MiCADO\'s or another format'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "rotate" -d 'Replace a credential\'s values: stage, verify, promote'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "rollback" -d 'Make an older version current again'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "exec" -d 'Run a command with a credential in its environment'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and not __fish_seen_subcommand_from set get list history delete import export rotate rollback exec help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l field -d 'Print only this field\'s value' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l version -d 'Read this version instead of the current one (`cred history NAME` lists them)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l prefix -d 'Name entries PREFIX-TYPE instead of TYPE' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l format -d 'File format' -r -f -a "auto\t'Decide from the contents'
micado\t'MiCADO\'s credentials-cloud-api.yml'
gce-json\t'Google service-account JSON key'
registries\t'k3s registries.yaml (generic credentials named after the registry)'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "micado\t'MiCADO\'s credentials-cloud-api.yml'
json\t'One JSON document with every credential'
gce-json\t'The service-account JSON key of one gce credential'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l out -d 'Write to this file (mode 0600) instead of stdout' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l from-file -d 'Read values from a JSON or YAML file (- for stdin)' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l value -d 'Field value on the command line (repeatable; needs --insecure-argv)' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l verify-cmd -d 'Shell command that must succeed with the staged values before they are promoted' -r
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l to-version -d 'Version to restore' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l home -d 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l profile -d 'Profile from config.toml whose settings apply' -r
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s o -l output -d 'Output format of the result on stdout' -r -f -a "text\t'Text for people: lines and tables'
json\t'One JSON document with stable field names'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l color -d 'When to use colour on stderr' -r -f -a "auto\t'Colour when stderr is a terminal and NO_COLOR is unset'
always\t'Always colour'
never\t'Never colour'"
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s i -l identity -d 'age identity file that unlocks the store' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l passphrase-file -d 'File whose first line is the store passphrase' -r -F
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s q -l quiet -d 'Print less: no notes, no warnings (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s v -l verbose -d 'Print more detail on stderr (repeatable)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -l no-input -d 'Never prompt; fail when input would be needed'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from exec" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "set" -d 'Store a new version of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "get" -d 'Print a credential\'s values'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "list" -d 'List credentials (names and metadata, no values)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "history" -d 'List the versions of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a credential with all its versions'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "import" -d 'Import MiCADO\'s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write credentials back in MiCADO\'s or another format'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Replace a credential\'s values: stage, verify, promote'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "rollback" -d 'Make an older version current again'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "exec" -d 'Run a command with a credential in its environment'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand cred; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from render" -l layout -d 'How values are grouped into Secrets' -r -f -a "micado\t'Every text_secrets key in micado.appsecret, as MiCADO\'s deployer does'
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from apply" -l layout -d 'How values are grouped into Secrets' -r -f -a "micado\t'Every text_secrets key in micado.appsecret, as MiCADO\'s deployer does'
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand secret; and __fish_seen_subcommand_from delete-applied" -l layout -d 'How values are grouped into Secrets' -r -f -a "micado\t'Every text_secrets key in micado.appsecret, as MiCADO\'s deployer does'
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "init" -d 'Create the state home, the encrypted store and an identity'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "status" -d 'Show the store: home, schema, lock state, recipients and record counts'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "unlock" -d 'Cache the store key in the kernel keyring for a limited time'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "lock" -d 'Drop the store key cached by `unlock`'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "cred" -d 'Cloud credentials: encrypted, versioned, audited, injected per use'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "secret" -d 'Application secrets: sealed descriptors and Kubernetes Secrets'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "audit" -d 'The tamper-evident audit log'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "store" -d 'Keys and recipients of the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "completions" -d 'Print a shell completion script'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "manpages" -d 'Write the man pages into a directory'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred secret audit store completions manpages help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "set" -d 'Store a new version of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "get" -d 'Print a credential\'s values'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "list" -d 'List credentials (names and metadata, no values)'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "history" -d 'List the versions of a credential'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "delete" -d 'Delete a credential with all its versions'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "import" -d 'Import MiCADO\'s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "export" -d 'Write credentials back in MiCADO\'s or another format'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "rotate" -d 'Replace a credential\'s values: stage, verify, promote'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "rollback" -d 'Make an older version current again'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from cred" -f -a "exec" -d 'Run a command with a credential in its environment'
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
