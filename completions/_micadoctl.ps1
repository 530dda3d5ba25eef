
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
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Web access accounts: users, roles, password verification and lockout')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Roles of web access accounts')
            [CompletionResult]::new('cred', 'cred', [CompletionResultType]::ParameterValue, 'Cloud credentials: encrypted, versioned, audited, injected per use')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'The certificate authority for master-worker IPsec: certificates, CRLs, strongSwan files')
            [CompletionResult]::new('firewall', 'firewall', [CompletionResultType]::ParameterValue, 'Master node packet filter: policy, nftables and iptables rules, safe apply')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image integrity: registry of trusted image digests, verification, Glance check')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'File-tree baselines: record a directory, check it later')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Application secrets: sealed descriptors and Kubernetes Secrets')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit log')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Keys and recipients of the store')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to a service and cache its token in the kernel keyring')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Drop a token cached by `login`')
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
        'micadoctl;user' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts (no password hashes)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a new password')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Add or remove roles of an account')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock an account: verification fails until `user unlock`')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an account, also one locked after failed verifications')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password: exit 0 accepted, 3 rejected, 7 locked')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import accounts from a Credential Manager database or provisioning file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an htpasswd file for nginx or Apache basic auth')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;user;add' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'E-mail address')
            [CompletionResult]::new('--role', '--role', [CompletionResultType]::ParameterName, 'Role (repeatable) [default: user]')
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Hash scheme [default: scheme in config.toml, else argon2id]')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--machine', '--machine', [CompletionResultType]::ParameterName, 'A machine account with a generated password')
            [CompletionResult]::new('--if-absent', '--if-absent', [CompletionResultType]::ParameterName, 'Succeed with changed: false when the account exists')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;user;list' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
        'micadoctl;user;show' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
        'micadoctl;user;passwd' {
            [CompletionResult]::new('--scheme', '--scheme', [CompletionResultType]::ParameterName, 'Hash scheme [default: the account''s own, else the configured one]')
            [CompletionResult]::new('--old-password-file', '--old-password-file', [CompletionResultType]::ParameterName, 'Current password, first line of FILE (Credential Manager backend)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a password and show it once (on stdout, or in --password-file)')
            [CompletionResult]::new('--if-changed', '--if-changed', [CompletionResultType]::ParameterName, 'Report changed: false when the new password is the current one')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of stdin')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;user;role' {
            [CompletionResult]::new('--add', '--add', [CompletionResultType]::ParameterName, 'Role to add (repeatable)')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Role to remove (repeatable)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
        'micadoctl;user;lock' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
        'micadoctl;user;unlock' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
        'micadoctl;user;delete' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
        'micadoctl;user;verify' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of FILE instead of stdin')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
        'micadoctl;user;import' {
            [CompletionResult]::new('--credman-db', '--credman-db', [CompletionResultType]::ParameterName, 'Credential Manager SQLite database')
            [CompletionResult]::new('--provisioning', '--provisioning', [CompletionResultType]::ParameterName, 'Username,Email,Password CSV or credentials-micado.yml')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
        'micadoctl;user;export' {
            [CompletionResult]::new('--htpasswd', '--htpasswd', [CompletionResultType]::ParameterName, 'File to write (mode 0600, replaced atomically)')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Account backend [default: backend in config.toml, else local]')
            [CompletionResult]::new('--api', '--api', [CompletionResultType]::ParameterName, 'Credential Manager API base URL, such as http://credman:5001/v1.1/ [default: credman_api in config.toml]')
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
        'micadoctl;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts (no password hashes)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a new password')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Add or remove roles of an account')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock an account: verification fails until `user unlock`')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an account, also one locked after failed verifications')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password: exit 0 accepted, 3 rejected, 7 locked')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import accounts from a Credential Manager database or provisioning file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an htpasswd file for nginx or Apache basic auth')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;user;help;add' {
            break
        }
        'micadoctl;user;help;list' {
            break
        }
        'micadoctl;user;help;show' {
            break
        }
        'micadoctl;user;help;passwd' {
            break
        }
        'micadoctl;user;help;role' {
            break
        }
        'micadoctl;user;help;lock' {
            break
        }
        'micadoctl;user;help;unlock' {
            break
        }
        'micadoctl;user;help;delete' {
            break
        }
        'micadoctl;user;help;verify' {
            break
        }
        'micadoctl;user;help;import' {
            break
        }
        'micadoctl;user;help;export' {
            break
        }
        'micadoctl;user;help;help' {
            break
        }
        'micadoctl;role' {
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
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Define a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with the number of accounts that have each')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role that no account has (user and admin cannot be deleted)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;role;add' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--if-absent', '--if-absent', [CompletionResultType]::ParameterName, 'Succeed with changed: false when it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;role;list' {
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
        'micadoctl;role;delete' {
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
        'micadoctl;role;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Define a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with the number of accounts that have each')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role that no account has (user and admin cannot be deleted)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;role;help;add' {
            break
        }
        'micadoctl;role;help;list' {
            break
        }
        'micadoctl;role;help;delete' {
            break
        }
        'micadoctl;role;help;help' {
            break
        }
        'micadoctl;cred' {
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy every credential from one backend to another')
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
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-argv', '--insecure-argv', [CompletionResultType]::ParameterName, 'Accept secret values in argv, where other users can read them')
            [CompletionResult]::new('--merge', '--merge', [CompletionResultType]::ParameterName, 'Keep the stored fields that the new values do not set')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed with changed: false when it does not exist')
            [CompletionResult]::new('--destroy', '--destroy', [CompletionResultType]::ParameterName, 'Vault: destroy every version''s values instead of a soft delete')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;cred;migrate' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Backend to read from')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Backend to write to')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('--spm-mount', '--spm-mount', [CompletionResultType]::ParameterName, 'KV version 1 mount of the Security Policy Manager''s secrets')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Name entries PREFIX-TYPE instead of TYPE')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'File format')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--from-vault-spm', '--from-vault-spm', [CompletionResultType]::ParameterName, 'Copy the Security Policy Manager''s secrets from Vault instead of reading a file')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
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
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'Backend of the credentials [default: credentials_backend in config.toml, else local]')
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Vault layout [default: vault.layout in config.toml, else kv2]')
            [CompletionResult]::new('--mount', '--mount', [CompletionResultType]::ParameterName, 'Vault KV mount, optionally after a namespace (team-a/secret) [default: secret]')
            [CompletionResult]::new('--path-prefix', '--path-prefix', [CompletionResultType]::ParameterName, 'Folder under the Vault mount [default: micado/credentials]')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
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
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy every credential from one backend to another')
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
        'micadoctl;cred;help;migrate' {
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
        'micadoctl;ca' {
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
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the root CA; its private key is kept only encrypted in the store')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a certificate with a new key, or for a certificate signing request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List certificates with their expiry and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the CA, or one certificate by name or serial')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate; the next `ca crl` lists it')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Sign a CRL listing every revoked certificate, valid for 15 days')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Issue a new certificate with the same names and revoke the old one as superseded')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a certificate, its key, the CA and the CRL in strongSwan''s layouts')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Render the strongSwan configuration of the master or a worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;ca;init' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Key algorithm of the CA')
            [CompletionResult]::new('--validity', '--validity', [CompletionResultType]::ParameterName, 'Lifetime of the CA certificate, such as 10y')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Subject common name of the CA')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--if-missing', '--if-missing', [CompletionResultType]::ParameterName, 'Succeed with changed: false when the CA exists already')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;ca;issue' {
            [CompletionResult]::new('--cert-profile', '--cert-profile', [CompletionResultType]::ParameterName, 'Certificate profile (the global --profile selects a config.toml profile)')
            [CompletionResult]::new('--san', '--san', [CompletionResultType]::ParameterName, 'Subject alternative name: a DNS name or an IP address (repeatable)')
            [CompletionResult]::new('--validity', '--validity', [CompletionResultType]::ParameterName, 'Time from now to NotAfter, such as 397d')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'How far NotBefore lies before now, for peers whose clocks lag')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Key algorithm of a new key')
            [CompletionResult]::new('--csr', '--csr', [CompletionResultType]::ParameterName, 'Certify the key of this PKCS#10 request (PEM or DER) instead of making a key')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'Issue N certificates named NAME-1 to NAME-N in one transaction, each with the profile''s default names')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--if-missing', '--if-missing', [CompletionResultType]::ParameterName, 'Succeed with changed: false when a valid certificate of this name exists')
            [CompletionResult]::new('--allow-broad-wildcard', '--allow-broad-wildcard', [CompletionResultType]::ParameterName, 'Accept a wildcard directly under one label, such as *.test')
            [CompletionResult]::new('--windows-ike-compat', '--windows-ike-compat', [CompletionResultType]::ParameterName, 'Also write IP addresses as dNSName entries, for Windows IKEv2 clients')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;ca;list' {
            [CompletionResult]::new('--expiring-within', '--expiring-within', [CompletionResultType]::ParameterName, 'Only valid certificates whose NotAfter is within this time, such as 30d')
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
        'micadoctl;ca;show' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--pem', '--pem', [CompletionResultType]::ParameterName, 'Print the certificate in PEM instead of its details')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;ca;revoke' {
            [CompletionResult]::new('--reason', '--reason', [CompletionResultType]::ParameterName, 'Revocation reason written into the CRL')
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
        'micadoctl;ca;crl' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'File to write the CRL to (mode 0600) instead of stdout')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Encoding of the CRL')
            [CompletionResult]::new('--renew-if-within', '--renew-if-within', [CompletionResultType]::ParameterName, 'Keep the stored CRL (changed: false) unless a revocation happened since or its nextUpdate is within this time')
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
        'micadoctl;ca;renew' {
            [CompletionResult]::new('--if-expires-within', '--if-expires-within', [CompletionResultType]::ParameterName, 'Renew only when the certificate expires within this time, such as 30d')
            [CompletionResult]::new('--validity', '--validity', [CompletionResultType]::ParameterName, 'Time from now to NotAfter of the new certificate')
            [CompletionResult]::new('--backdate', '--backdate', [CompletionResultType]::ParameterName, 'How far NotBefore lies before now')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--rekey', '--rekey', [CompletionResultType]::ParameterName, 'Make a new key instead of keeping the old one')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;ca;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Layout to write')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'File for pem-bundle (mode 0600) instead of stdout')
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
        'micadoctl;ca;config' {
            [CompletionResult]::new('--master-address', '--master-address', [CompletionResultType]::ParameterName, 'Address or host name of the master')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of this peer''s certificate in the store [default: master for the master, worker for a worker]')
            [CompletionResult]::new('--remote-id', '--remote-id', [CompletionResultType]::ParameterName, 'Identity expected from the peer [default: the master''s name, or *.workernode.micado on the master]')
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'IPsec mode of the child SA')
            [CompletionResult]::new('--local-ts', '--local-ts', [CompletionResultType]::ParameterName, 'Local subnet of a tunnel, such as 198.51.100.1/32')
            [CompletionResult]::new('--remote-ts', '--remote-ts', [CompletionResultType]::ParameterName, 'Remote subnet of a tunnel')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'File to write (mode 0600) instead of stdout')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--legacy', '--legacy', [CompletionResultType]::ParameterName, 'Render the legacy ipsec.conf instead of swanctl.conf')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;ca;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the root CA; its private key is kept only encrypted in the store')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a certificate with a new key, or for a certificate signing request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List certificates with their expiry and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the CA, or one certificate by name or serial')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate; the next `ca crl` lists it')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Sign a CRL listing every revoked certificate, valid for 15 days')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Issue a new certificate with the same names and revoke the old one as superseded')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a certificate, its key, the CA and the CRL in strongSwan''s layouts')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Render the strongSwan configuration of the master or a worker')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;ca;help;init' {
            break
        }
        'micadoctl;ca;help;issue' {
            break
        }
        'micadoctl;ca;help;list' {
            break
        }
        'micadoctl;ca;help;show' {
            break
        }
        'micadoctl;ca;help;revoke' {
            break
        }
        'micadoctl;ca;help;crl' {
            break
        }
        'micadoctl;ca;help;renew' {
            break
        }
        'micadoctl;ca;help;export' {
            break
        }
        'micadoctl;ca;help;config' {
            break
        }
        'micadoctl;ca;help;help' {
            break
        }
        'micadoctl;firewall' {
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
            [CompletionResult]::new('init-policy', 'init-policy', [CompletionResultType]::ParameterValue, 'Write a commented starting policy for a preset')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a policy as an nftables table or iptables-restore files')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the rendered rules with nft -c or iptables-restore --test')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what apply would change in the running rules')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a policy atomically; roll back unless confirmed in time')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Keep the rules of a pending apply and stop its rollback')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Restore the rules saved by the last apply')
            [CompletionResult]::new('watchdog', 'watchdog', [CompletionResultType]::ParameterValue, 'Roll back a pending apply when its window ends (started by apply)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;firewall;init-policy' {
            [CompletionResult]::new('--preset', '--preset', [CompletionResultType]::ParameterName, 'Preset the policy starts from')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'File to create (must not exist) [default: stdout]')
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
        'micadoctl;firewall;render' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'File for nft [default: stdout]; directory for iptables (rules.v4 and rules.v6)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Print the final rule order in words instead of the rules')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Reject networks with host bits set and any adjustment to the target''s limits')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;firewall;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Rule format')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'iptables implementation; auto uses iptables-restore as installed')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Reject networks with host bits set and any adjustment to the target''s limits')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;firewall;diff' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Rule format')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'iptables implementation; auto uses iptables-restore as installed')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Reject networks with host bits set and any adjustment to the target''s limits')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;firewall;apply' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Rule format')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'iptables implementation; auto uses iptables-restore as installed')
            [CompletionResult]::new('--confirm-within', '--confirm-within', [CompletionResultType]::ParameterName, 'Roll back unless `firewall confirm` runs within this time: seconds, or a duration such as 30s or 5m')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Reject networks with host bits set and any adjustment to the target''s limits')
            [CompletionResult]::new('--no-confirm', '--no-confirm', [CompletionResultType]::ParameterName, 'Keep the new rules without waiting for a confirmation')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;firewall;confirm' {
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
        'micadoctl;firewall;rollback' {
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
        'micadoctl;firewall;watchdog' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The apply to watch')
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
        'micadoctl;firewall;help' {
            [CompletionResult]::new('init-policy', 'init-policy', [CompletionResultType]::ParameterValue, 'Write a commented starting policy for a preset')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a policy as an nftables table or iptables-restore files')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the rendered rules with nft -c or iptables-restore --test')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what apply would change in the running rules')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a policy atomically; roll back unless confirmed in time')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Keep the rules of a pending apply and stop its rollback')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Restore the rules saved by the last apply')
            [CompletionResult]::new('watchdog', 'watchdog', [CompletionResultType]::ParameterValue, 'Roll back a pending apply when its window ends (started by apply)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;firewall;help;init-policy' {
            break
        }
        'micadoctl;firewall;help;render' {
            break
        }
        'micadoctl;firewall;help;check' {
            break
        }
        'micadoctl;firewall;help;diff' {
            break
        }
        'micadoctl;firewall;help;apply' {
            break
        }
        'micadoctl;firewall;help;confirm' {
            break
        }
        'micadoctl;firewall;help;rollback' {
            break
        }
        'micadoctl;firewall;help;watchdog' {
            break
        }
        'micadoctl;firewall;help;help' {
            break
        }
        'micadoctl;image' {
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
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the trusted digests of an image, from its file or as published')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered images')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the digests, size and source of a registered image')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare a file or Glance''s record with the registry')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an image from the registry')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a MiCADO IIVR list or sha256sum/sha512sum output')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Print the digests of files without storing anything')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;image;register' {
            [CompletionResult]::new('--algo', '--algo', [CompletionResultType]::ParameterName, 'Algorithms to compute from FILE, comma separated [default: sha256,sha512,blake3]')
            [CompletionResult]::new('--sha256', '--sha256', [CompletionResultType]::ParameterName, 'Published SHA-256 digest (64 hexadecimal digits)')
            [CompletionResult]::new('--sha384', '--sha384', [CompletionResultType]::ParameterName, 'Published SHA-384 digest (96 hexadecimal digits)')
            [CompletionResult]::new('--sha512', '--sha512', [CompletionResultType]::ParameterName, 'Published SHA-512 digest (128 hexadecimal digits)')
            [CompletionResult]::new('--blake3', '--blake3', [CompletionResultType]::ParameterName, 'Published BLAKE3 digest (64 hexadecimal digits)')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace other digests registered under NAME')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;image;list' {
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
        'micadoctl;image;show' {
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
        'micadoctl;image;verify' {
            [CompletionResult]::new('--any', '--any', [CompletionResultType]::ParameterName, 'Look FILE''s digests up among all registered images')
            [CompletionResult]::new('--glance', '--glance', [CompletionResultType]::ParameterName, 'Compare with the hash that OpenStack Glance holds for this image ID')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Local copy of the image, to compute an algorithm the registry lacks (with --glance)')
            [CompletionResult]::new('--glance-url', '--glance-url', [CompletionResultType]::ParameterName, 'Image API endpoint, such as https://glance.example.org:9292 [default: from the Keystone catalog]')
            [CompletionResult]::new('--credential', '--credential', [CompletionResultType]::ParameterName, 'Credential of type nova that authenticates with Keystone when OS_TOKEN is not set')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--download', '--download', [CompletionResultType]::ParameterName, 'Download the image data from Glance and hash it (with --glance)')
            [CompletionResult]::new('--allow-md5', '--allow-md5', [CompletionResultType]::ParameterName, 'Accept Glance''s legacy MD5 checksum when it has no os_hash_value (with --glance)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;image;remove' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed with changed: false when it is not registered')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;image;import' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'List format')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace the digests of names that are registered with other digests')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;image;export' {
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
        'micadoctl;image;hash' {
            [CompletionResult]::new('--algo', '--algo', [CompletionResultType]::ParameterName, 'Algorithms, comma separated: sha256, sha384, sha512, blake3')
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
        'micadoctl;image;help' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the trusted digests of an image, from its file or as published')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered images')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the digests, size and source of a registered image')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare a file or Glance''s record with the registry')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an image from the registry')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a MiCADO IIVR list or sha256sum/sha512sum output')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Print the digests of files without storing anything')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;image;help;register' {
            break
        }
        'micadoctl;image;help;list' {
            break
        }
        'micadoctl;image;help;show' {
            break
        }
        'micadoctl;image;help;verify' {
            break
        }
        'micadoctl;image;help;remove' {
            break
        }
        'micadoctl;image;help;import' {
            break
        }
        'micadoctl;image;help;export' {
            break
        }
        'micadoctl;image;help;hash' {
            break
        }
        'micadoctl;image;help;help' {
            break
        }
        'micadoctl;manifest' {
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
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a baseline of every entry under a directory')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Compare a directory with its baseline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;manifest;create' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the manifest to this file (mode 0600) instead of stdout')
            [CompletionResult]::new('--exclude', '--exclude', [CompletionResultType]::ParameterName, 'Leave out paths (relative to ROOT) that match this glob, with everything below them (repeatable)')
            [CompletionResult]::new('--algo', '--algo', [CompletionResultType]::ParameterName, 'Content digest algorithm: sha256, sha384, sha512 or blake3')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--cross-file-systems', '--cross-file-systems', [CompletionResultType]::ParameterName, 'Enter directories where other file systems are mounted')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;manifest;check' {
            [CompletionResult]::new('--manifest', '--manifest', [CompletionResultType]::ParameterName, 'Manifest written by `manifest create`')
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
        'micadoctl;manifest;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a baseline of every entry under a directory')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Compare a directory with its baseline')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;manifest;help;create' {
            break
        }
        'micadoctl;manifest;help;check' {
            break
        }
        'micadoctl;manifest;help;help' {
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
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Grouping of values into Secrets')
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
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Grouping of values into Secrets')
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
            [CompletionResult]::new('--layout', '--layout', [CompletionResultType]::ParameterName, 'Grouping of values into Secrets')
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
        'micadoctl;login' {
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
            [CompletionResult]::new('vault', 'vault', [CompletionResultType]::ParameterValue, 'Log in to Vault or OpenBao and cache the token in the kernel keyring')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;login;vault' {
            [CompletionResult]::new('--method', '--method', [CompletionResultType]::ParameterName, 'How to get the token')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the token from this file (- for stdin); --method token')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'User name; --method userpass')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from this file (- for stdin); --method userpass')
            [CompletionResult]::new('--auth-mount', '--auth-mount', [CompletionResultType]::ParameterName, 'Mount path of the userpass auth method')
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--insecure-http', '--insecure-http', [CompletionResultType]::ParameterName, 'Allow plain http to a Vault address that is not a loopback address')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;login;help' {
            [CompletionResult]::new('vault', 'vault', [CompletionResultType]::ParameterValue, 'Log in to Vault or OpenBao and cache the token in the kernel keyring')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;login;help;vault' {
            break
        }
        'micadoctl;login;help;help' {
            break
        }
        'micadoctl;logout' {
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
            [CompletionResult]::new('vault', 'vault', [CompletionResultType]::ParameterValue, 'Drop the Vault token cached by `login vault`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;logout;vault' {
            [CompletionResult]::new('--home', '--home', [CompletionResultType]::ParameterName, 'State home directory [default: /var/lib/micadoctl for root, else $XDG_DATA_HOME/micadoctl]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile from config.toml whose settings apply')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format of the result on stdout')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour on stderr')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'age identity file that unlocks the store')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File whose first line is the store passphrase')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Also revoke the token on the server')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print less: no notes, no warnings (repeatable)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more detail on stderr (repeatable)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail when input would be needed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'micadoctl;logout;help' {
            [CompletionResult]::new('vault', 'vault', [CompletionResultType]::ParameterValue, 'Drop the Vault token cached by `login vault`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'micadoctl;logout;help;vault' {
            break
        }
        'micadoctl;logout;help;help' {
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
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Web access accounts: users, roles, password verification and lockout')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Roles of web access accounts')
            [CompletionResult]::new('cred', 'cred', [CompletionResultType]::ParameterValue, 'Cloud credentials: encrypted, versioned, audited, injected per use')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'The certificate authority for master-worker IPsec: certificates, CRLs, strongSwan files')
            [CompletionResult]::new('firewall', 'firewall', [CompletionResultType]::ParameterValue, 'Master node packet filter: policy, nftables and iptables rules, safe apply')
            [CompletionResult]::new('image', 'image', [CompletionResultType]::ParameterValue, 'Image integrity: registry of trusted image digests, verification, Glance check')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'File-tree baselines: record a directory, check it later')
            [CompletionResult]::new('secret', 'secret', [CompletionResultType]::ParameterValue, 'Application secrets: sealed descriptors and Kubernetes Secrets')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'The tamper-evident audit log')
            [CompletionResult]::new('store', 'store', [CompletionResultType]::ParameterValue, 'Keys and recipients of the store')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in to a service and cache its token in the kernel keyring')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Drop a token cached by `login`')
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
        'micadoctl;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create an account')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List accounts (no password hashes)')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one account')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Set a new password')
            [CompletionResult]::new('role', 'role', [CompletionResultType]::ParameterValue, 'Add or remove roles of an account')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Lock an account: verification fails until `user unlock`')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock an account, also one locked after failed verifications')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete an account')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password: exit 0 accepted, 3 rejected, 7 locked')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import accounts from a Credential Manager database or provisioning file')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write an htpasswd file for nginx or Apache basic auth')
            break
        }
        'micadoctl;help;user;add' {
            break
        }
        'micadoctl;help;user;list' {
            break
        }
        'micadoctl;help;user;show' {
            break
        }
        'micadoctl;help;user;passwd' {
            break
        }
        'micadoctl;help;user;role' {
            break
        }
        'micadoctl;help;user;lock' {
            break
        }
        'micadoctl;help;user;unlock' {
            break
        }
        'micadoctl;help;user;delete' {
            break
        }
        'micadoctl;help;user;verify' {
            break
        }
        'micadoctl;help;user;import' {
            break
        }
        'micadoctl;help;user;export' {
            break
        }
        'micadoctl;help;role' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Define a role')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with the number of accounts that have each')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a role that no account has (user and admin cannot be deleted)')
            break
        }
        'micadoctl;help;role;add' {
            break
        }
        'micadoctl;help;role;list' {
            break
        }
        'micadoctl;help;role;delete' {
            break
        }
        'micadoctl;help;cred' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Store a new version of a credential')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a credential''s values')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List credentials (names and metadata, no values)')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List the versions of a credential')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a credential with all its versions')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy every credential from one backend to another')
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
        'micadoctl;help;cred;migrate' {
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
        'micadoctl;help;ca' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create the root CA; its private key is kept only encrypted in the store')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a certificate with a new key, or for a certificate signing request')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List certificates with their expiry and status')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the CA, or one certificate by name or serial')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke a certificate; the next `ca crl` lists it')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Sign a CRL listing every revoked certificate, valid for 15 days')
            [CompletionResult]::new('renew', 'renew', [CompletionResultType]::ParameterValue, 'Issue a new certificate with the same names and revoke the old one as superseded')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a certificate, its key, the CA and the CRL in strongSwan''s layouts')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Render the strongSwan configuration of the master or a worker')
            break
        }
        'micadoctl;help;ca;init' {
            break
        }
        'micadoctl;help;ca;issue' {
            break
        }
        'micadoctl;help;ca;list' {
            break
        }
        'micadoctl;help;ca;show' {
            break
        }
        'micadoctl;help;ca;revoke' {
            break
        }
        'micadoctl;help;ca;crl' {
            break
        }
        'micadoctl;help;ca;renew' {
            break
        }
        'micadoctl;help;ca;export' {
            break
        }
        'micadoctl;help;ca;config' {
            break
        }
        'micadoctl;help;firewall' {
            [CompletionResult]::new('init-policy', 'init-policy', [CompletionResultType]::ParameterValue, 'Write a commented starting policy for a preset')
            [CompletionResult]::new('render', 'render', [CompletionResultType]::ParameterValue, 'Render a policy as an nftables table or iptables-restore files')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Check the rendered rules with nft -c or iptables-restore --test')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Show what apply would change in the running rules')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a policy atomically; roll back unless confirmed in time')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Keep the rules of a pending apply and stop its rollback')
            [CompletionResult]::new('rollback', 'rollback', [CompletionResultType]::ParameterValue, 'Restore the rules saved by the last apply')
            [CompletionResult]::new('watchdog', 'watchdog', [CompletionResultType]::ParameterValue, 'Roll back a pending apply when its window ends (started by apply)')
            break
        }
        'micadoctl;help;firewall;init-policy' {
            break
        }
        'micadoctl;help;firewall;render' {
            break
        }
        'micadoctl;help;firewall;check' {
            break
        }
        'micadoctl;help;firewall;diff' {
            break
        }
        'micadoctl;help;firewall;apply' {
            break
        }
        'micadoctl;help;firewall;confirm' {
            break
        }
        'micadoctl;help;firewall;rollback' {
            break
        }
        'micadoctl;help;firewall;watchdog' {
            break
        }
        'micadoctl;help;image' {
            [CompletionResult]::new('register', 'register', [CompletionResultType]::ParameterValue, 'Register the trusted digests of an image, from its file or as published')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the registered images')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the digests, size and source of a registered image')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Compare a file or Glance''s record with the registry')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an image from the registry')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import a MiCADO IIVR list or sha256sum/sha512sum output')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write the registry as an IIVR list, sha256sum/sha512sum lines or JSON')
            [CompletionResult]::new('hash', 'hash', [CompletionResultType]::ParameterValue, 'Print the digests of files without storing anything')
            break
        }
        'micadoctl;help;image;register' {
            break
        }
        'micadoctl;help;image;list' {
            break
        }
        'micadoctl;help;image;show' {
            break
        }
        'micadoctl;help;image;verify' {
            break
        }
        'micadoctl;help;image;remove' {
            break
        }
        'micadoctl;help;image;import' {
            break
        }
        'micadoctl;help;image;export' {
            break
        }
        'micadoctl;help;image;hash' {
            break
        }
        'micadoctl;help;manifest' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Record a baseline of every entry under a directory')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Compare a directory with its baseline')
            break
        }
        'micadoctl;help;manifest;create' {
            break
        }
        'micadoctl;help;manifest;check' {
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
        'micadoctl;help;login' {
            [CompletionResult]::new('vault', 'vault', [CompletionResultType]::ParameterValue, 'Log in to Vault or OpenBao and cache the token in the kernel keyring')
            break
        }
        'micadoctl;help;login;vault' {
            break
        }
        'micadoctl;help;logout' {
            [CompletionResult]::new('vault', 'vault', [CompletionResultType]::ParameterValue, 'Drop the Vault token cached by `login vault`')
            break
        }
        'micadoctl;help;logout;vault' {
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
