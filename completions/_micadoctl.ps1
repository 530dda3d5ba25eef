
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'micadoctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'micadoctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'micadoctl' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the state home, the encrypted store and an identity')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the store: home, schema, lock state, recipients and record counts')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Cache the store key in the kernel keyring for a limited time')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Drop the store key cached by `unlock`')
            [CompletionResult]::new('cred', 'cred', [CompletionResultType]::ParameterValue, 'Cloud credentials: encrypted, versioned, audited, injected per use')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Application secrets: sealed descriptors and Kubernetes Secrets')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit log')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Keys and recipients of the store')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('manpages', 'manpages', [CompletionResultType]::ParameterValue, 'Write the man pages into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;init' {
            [CompletionResult]::new('--identity-file', '--identity-file', [CompletionResultType]::ParameterName, 'Identity file to create or append to [default: identity.txt in the state home]')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Extra age recipient that can open the store, such as an offline recovery key (repeatable)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--passphrase', '--passphrase', [CompletionResultType]::ParameterName, 'Protect the store with a passphrase (age scrypt) instead of an identity file')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;status' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;unlock' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the key stays cached: a duration such as 15m, 1h or 8h')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;lock' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a new version of a credential')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a credential''s values')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credentials (names and metadata, no values)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the versions of a credential')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential with all its versions')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import MiCADO''s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write credentials back in MiCADO''s or another format')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a credential''s values: stage, verify, promote')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make an older version current again')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with a credential in its environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;cred;set' {
            [CompletionResult]::new('-t', '-t', [CompletionResultType]::ParameterName, 'Credential type [default: from the file, when it names one]')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Credential type [default: from the file, when it names one]')
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read values from a JSON or YAML file (- for stdin)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Field value on the command line (repeatable; needs --insecure-argv)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-argv', '--insecure-argv', [CompletionResultType]::ParameterName, 'Accept secret values in argv, where other users can read them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;get' {
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print only this field''s value')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Read this version instead of the current one (`cred history NAME` lists them)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;history' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;delete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed with changed: false when it does not exist')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;import' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Name entries PREFIX-TYPE instead of TYPE')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (mode 0600) instead of stdout')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;rotate' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read values from a JSON or YAML file (- for stdin)')
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'Field value on the command line (repeatable; needs --insecure-argv)')
            [CompletionResult]::new('--verify-cmd', '--verify-cmd', [CompletionResultType]::ParameterName, 'Shell command that must succeed with the staged values before they are promoted')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-argv', '--insecure-argv', [CompletionResultType]::ParameterName, 'Accept secret values in argv, where other users can read them')
            [CompletionResult]::new('--abort', '--abort', [CompletionResultType]::ParameterName, 'Discard a pending rotation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;rollback' {
            [CompletionResult]::new('--to-version', '--to-version', [CompletionResultType]::ParameterName, 'Version to restore')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;exec' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a new version of a credential')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a credential''s values')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credentials (names and metadata, no values)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the versions of a credential')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential with all its versions')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import MiCADO''s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write credentials back in MiCADO''s or another format')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a credential''s values: stage, verify, promote')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make an older version current again')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with a credential in its environment')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;cred;help;set' {
            break
        }
        'micadoctl;cred;help;get' {
            break
        }
        'micadoctl;cred;help;list' {
            break
        }
        'micadoctl;cred;help;history' {
            break
        }
        'micadoctl;cred;help;delete' {
            break
        }
        'micadoctl;cred;help;import' {
            break
        }
        'micadoctl;cred;help;export' {
            break
        }
        'micadoctl;cred;help;rotate' {
            break
        }
        'micadoctl;cred;help;rollback' {
            break
        }
        'micadoctl;cred;help;exec' {
            break
        }
        'micadoctl;cred;help;help' {
            break
        }
        'micadoctl;secret' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('seal', 'seal', [CompletionResultType]::ParameterValue, 'Seal the secret values of an application description in place')
            [CompletionResult]::new('unseal', 'unseal', [CompletionResultType]::ParameterValue, 'Restore the original application description after checking its MAC')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'List or change who can unseal a file; every change re-keys it')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Print Kubernetes Secret manifests from the values of a description')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update the Secrets of a description through the Kubernetes API')
            [CompletionResult]::new('delete-applied', 'delete-applied', [CompletionResultType]::ParameterValue, 'Delete the Secrets that `secret apply` created for a description')
            [CompletionResult]::new('encryption-config', 'encryption-config', [CompletionResultType]::ParameterValue, 'Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store an application secret in the encrypted store')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print an application secret from the store')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the application secrets in the store (names, no values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application secret from the store')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;secret;seal' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Recipient: an age X25519 key (age1...) or an SSH public key (repeatable)')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'Recipient: an age X25519 key (age1...) or an SSH public key (repeatable)')
            [CompletionResult]::new('--path', '--path', [CompletionResultType]::ParameterName, 'Also seal the values under this path pattern (repeatable)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;unseal' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the result here (- for stdout) instead of replacing FILE')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--unauthenticated', '--unauthenticated', [CompletionResultType]::ParameterName, 'Print even when the MAC does not match (only with --out -); every value must still decrypt')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;recipients' {
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Recipient to add (repeatable)')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Recipient to remove (repeatable)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;render' {
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'How values are grouped into Secrets')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the Secrets [default: default]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--from-store', '--from-store', [CompletionResultType]::ParameterName, 'Read values written STORE[NAME] from the store')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;apply' {
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'How values are grouped into Secrets')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the Secrets [default: default]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'kubeconfig file [default: $KUBECONFIG, else ~/.kube/config]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context of the kubeconfig to use [default: its current-context]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--from-store', '--from-store', [CompletionResultType]::ParameterName, 'Read values written STORE[NAME] from the store')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields of the Secrets that other field managers own (apply only)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;delete-applied' {
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'How values are grouped into Secrets')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Namespace of the Secrets [default: default]')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'kubeconfig file [default: $KUBECONFIG, else ~/.kube/config]')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context of the kubeconfig to use [default: its current-context]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--from-store', '--from-store', [CompletionResultType]::ParameterName, 'Read values written STORE[NAME] from the store')
            [CompletionResult]::new('--force-conflicts', '--force-conflicts', [CompletionResultType]::ParameterName, 'Take over fields of the Secrets that other field managers own (apply only)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;encryption-config' {
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Provider of a new key')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'File to write (mode 0600)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--rotate', '--rotate', [CompletionResultType]::ParameterName, 'Add a new first key and keep the old ones for reading')
            [CompletionResult]::new('--prune', '--prune', [CompletionResultType]::ParameterName, 'Drop every key but the first (after all Secrets were rewritten)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;set' {
            [CompletionResult]::new('--from-file', '--from-file', [CompletionResultType]::ParameterName, 'Read the value from this file (- for stdin)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;get' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;list' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;delete' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed with changed: false when it does not exist')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;secret;help' {
            [CompletionResult]::new('seal', 'seal', [CompletionResultType]::ParameterValue, 'Seal the secret values of an application description in place')
            [CompletionResult]::new('unseal', 'unseal', [CompletionResultType]::ParameterValue, 'Restore the original application description after checking its MAC')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'List or change who can unseal a file; every change re-keys it')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Print Kubernetes Secret manifests from the values of a description')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update the Secrets of a description through the Kubernetes API')
            [CompletionResult]::new('delete-applied', 'delete-applied', [CompletionResultType]::ParameterValue, 'Delete the Secrets that `secret apply` created for a description')
            [CompletionResult]::new('encryption-config', 'encryption-config', [CompletionResultType]::ParameterValue, 'Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store an application secret in the encrypted store')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print an application secret from the store')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the application secrets in the store (names, no values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application secret from the store')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;secret;help;seal' {
            break
        }
        'micadoctl;secret;help;unseal' {
            break
        }
        'micadoctl;secret;help;recipients' {
            break
        }
        'micadoctl;secret;help;render' {
            break
        }
        'micadoctl;secret;help;apply' {
            break
        }
        'micadoctl;secret;help;delete-applied' {
            break
        }
        'micadoctl;secret;help;encryption-config' {
            break
        }
        'micadoctl;secret;help;set' {
            break
        }
        'micadoctl;secret;help;get' {
            break
        }
        'micadoctl;secret;help;list' {
            break
        }
        'micadoctl;secret;help;delete' {
            break
        }
        'micadoctl;secret;help;help' {
            break
        }
        'micadoctl;audit' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit records, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain and MACs of the whole log')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write audit records as JSON lines, for a SIEM')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;audit;list' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Records at or after this time: RFC 3339 or a duration back from now (15m, 2h, 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Records before this time: RFC 3339 or a duration back from now')
            [CompletionResult]::new('--object', '--object', [CompletionResultType]::ParameterName, 'Object, exact or with a trailing * (credential/*)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Action, exact or with a trailing * (cred.*)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the newest N records')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;audit;verify' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;audit;export' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Records at or after this time: RFC 3339 or a duration back from now (15m, 2h, 7d)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Records before this time: RFC 3339 or a duration back from now')
            [CompletionResult]::new('--object', '--object', [CompletionResultType]::ParameterName, 'Object, exact or with a trailing * (credential/*)')
            [CompletionResult]::new('--action', '--action', [CompletionResultType]::ParameterName, 'Action, exact or with a trailing * (cred.*)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Only the newest N records')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write to this file (mode 0600) instead of stdout')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;audit;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit records, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain and MACs of the whole log')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write audit records as JSON lines, for a SIEM')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;audit;help;list' {
            break
        }
        'micadoctl;audit;help;verify' {
            break
        }
        'micadoctl;audit;help;export' {
            break
        }
        'micadoctl;audit;help;help' {
            break
        }
        'micadoctl;store' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add-recipient', 'add-recipient', [CompletionResultType]::ParameterValue, 'Let another age identity open the store, such as an offline recovery key')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Replace the data key and re-encrypt everything in one transaction')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database (still encrypted) to a file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;store;add-recipient' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;store;rekey' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;store;backup' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;store;help' {
            [CompletionResult]::new('add-recipient', 'add-recipient', [CompletionResultType]::ParameterValue, 'Let another age identity open the store, such as an offline recovery key')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Replace the data key and re-encrypt everything in one transaction')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database (still encrypted) to a file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;store;help;add-recipient' {
            break
        }
        'micadoctl;store;help;rekey' {
            break
        }
        'micadoctl;store;help;backup' {
            break
        }
        'micadoctl;store;help;help' {
            break
        }
        'micadoctl;completions' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;manpages' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the state home, the encrypted store and an identity')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the store: home, schema, lock state, recipients and record counts')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Cache the store key in the kernel keyring for a limited time')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Drop the store key cached by `unlock`')
            [CompletionResult]::new('cred', 'cred', [CompletionResultType]::ParameterValue, 'Cloud credentials: encrypted, versioned, audited, injected per use')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Application secrets: sealed descriptors and Kubernetes Secrets')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit log')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Keys and recipients of the store')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('manpages', 'manpages', [CompletionResultType]::ParameterValue, 'Write the man pages into a directory')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;help;init' {
            break
        }
        'micadoctl;help;status' {
            break
        }
        'micadoctl;help;unlock' {
            break
        }
        'micadoctl;help;lock' {
            break
        }
        'micadoctl;help;cred' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a new version of a credential')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a credential''s values')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credentials (names and metadata, no values)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the versions of a credential')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential with all its versions')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import MiCADO''s credentials-cloud-api.yml, a GCE service-account JSON or a registries.yaml')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write credentials back in MiCADO''s or another format')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Replace a credential''s values: stage, verify, promote')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Make an older version current again')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with a credential in its environment')
            break
        }
        'micadoctl;help;cred;set' {
            break
        }
        'micadoctl;help;cred;get' {
            break
        }
        'micadoctl;help;cred;list' {
            break
        }
        'micadoctl;help;cred;history' {
            break
        }
        'micadoctl;help;cred;delete' {
            break
        }
        'micadoctl;help;cred;import' {
            break
        }
        'micadoctl;help;cred;export' {
            break
        }
        'micadoctl;help;cred;rotate' {
            break
        }
        'micadoctl;help;cred;rollback' {
            break
        }
        'micadoctl;help;cred;exec' {
            break
        }
        'micadoctl;help;secret' {
            [CompletionResult]::new('seal', 'seal', [CompletionResultType]::ParameterValue, 'Seal the secret values of an application description in place')
            [CompletionResult]::new('unseal', 'unseal', [CompletionResultType]::ParameterValue, 'Restore the original application description after checking its MAC')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'List or change who can unseal a file; every change re-keys it')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Print Kubernetes Secret manifests from the values of a description')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Create or update the Secrets of a description through the Kubernetes API')
            [CompletionResult]::new('delete-applied', 'delete-applied', [CompletionResultType]::ParameterValue, 'Delete the Secrets that `secret apply` created for a description')
            [CompletionResult]::new('encryption-config', 'encryption-config', [CompletionResultType]::ParameterValue, 'Write the EncryptionConfiguration that makes the API server encrypt Secrets at rest')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store an application secret in the encrypted store')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print an application secret from the store')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the application secrets in the store (names, no values)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an application secret from the store')
            break
        }
        'micadoctl;help;secret;seal' {
            break
        }
        'micadoctl;help;secret;unseal' {
            break
        }
        'micadoctl;help;secret;recipients' {
            break
        }
        'micadoctl;help;secret;render' {
            break
        }
        'micadoctl;help;secret;apply' {
            break
        }
        'micadoctl;help;secret;delete-applied' {
            break
        }
        'micadoctl;help;secret;encryption-config' {
            break
        }
        'micadoctl;help;secret;set' {
            break
        }
        'micadoctl;help;secret;get' {
            break
        }
        'micadoctl;help;secret;list' {
            break
        }
        'micadoctl;help;secret;delete' {
            break
        }
        'micadoctl;help;audit' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List audit records, oldest first')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check the hash chain and MACs of the whole log')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write audit records as JSON lines, for a SIEM')
            break
        }
        'micadoctl;help;audit;list' {
            break
        }
        'micadoctl;help;audit;verify' {
            break
        }
        'micadoctl;help;audit;export' {
            break
        }
        'micadoctl;help;store' {
            [CompletionResult]::new('add-recipient', 'add-recipient', [CompletionResultType]::ParameterValue, 'Let another age identity open the store, such as an offline recovery key')
            [CompletionResult]::new('rekey', 'rekey', [CompletionResultType]::ParameterValue, 'Replace the data key and re-encrypt everything in one transaction')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a consistent copy of the database (still encrypted) to a file')
            break
        }
        'micadoctl;help;store;add-recipient' {
            break
        }
        'micadoctl;help;store;rekey' {
            break
        }
        'micadoctl;help;store;backup' {
            break
        }
        'micadoctl;help;completions' {
            break
        }
        'micadoctl;help;manpages' {
            break
        }
        'micadoctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
