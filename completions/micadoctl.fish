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
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "image" -d 'Image integrity: registry of trusted image digests, verification, Glance check'
complete -c micadoctl -n "__fish_micadoctl_needs_command" -f -a "manifest" -d 'File-tree baselines: record a directory, check it later'
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "init" -d 'Create the state home, the encrypted store and an identity'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "status" -d 'Show the store: home, schema, lock state, recipients and record counts'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "unlock" -d 'Cache the store key in the kernel keyring for a limited time'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "lock" -d 'Drop the store key cached by `unlock`'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "cred" -d 'Cloud credentials: encrypted, versioned, audited, injected per use'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "image" -d 'Image integrity: registry of trusted image digests, verification, Glance check'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "manifest" -d 'File-tree baselines: record a directory, check it later'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "audit" -d 'The tamper-evident audit log'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "store" -d 'Keys and recipients of the store'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "completions" -d 'Print a shell completion script'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "manpages" -d 'Write the man pages into a directory'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and not __fish_seen_subcommand_from init status unlock lock cred image manifest audit store completions manpages help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "list" -d 'List audit records, oldest first'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check the hash chain and MACs of the whole log'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "export" -d 'Write audit records as JSON lines, for a SIEM'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "add-recipient" -d 'Let another age identity open the store, such as an offline recovery key'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "rekey" -d 'Replace the data key and re-encrypt everything in one transaction'
complete -c micadoctl -n "__fish_micadoctl_using_subcommand help; and __fish_seen_subcommand_from store" -f -a "backup" -d 'Write a consistent copy of the database (still encrypted) to a file'
