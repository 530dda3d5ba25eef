use std::path::PathBuf;

use clap::Subcommand;

/// Commands of `store`.
#[derive(Debug, Subcommand)]
pub enum StoreCommand {
    /// Let another age identity open the store, such as an offline recovery key
    #[command(after_help = "Examples:
  age-keygen -o recovery.txt   # keep recovery.txt offline
  micadoctl store add-recipient age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p")]
    AddRecipient {
        /// The age X25519 recipient (age1...)
        recipient: String,
    },

    /// Replace the data key and re-encrypt everything in one transaction
    #[command(after_help = "A store with a passphrase needs the passphrase again.

Examples:
  micadoctl store rekey")]
    Rekey,

    /// Write a consistent copy of the database (still encrypted) to a file
    #[command(after_help = "Examples:
  micadoctl store backup /var/backups/micadoctl-$(date +%F).db")]
    Backup {
        /// Destination file (mode 0600; must not exist)
        file: PathBuf,
    },
}
