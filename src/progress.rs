//! Progress bars for long reads: bytes, throughput and time left, on stderr
//! when it is a terminal, and nothing otherwise.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar over a number of bytes; silent unless stderr is a terminal.
pub struct ByteProgress {
    bar: Option<ProgressBar>,
    #[cfg(debug_assertions)]
    pause: test_hook::PauseOnce,
}

impl ByteProgress {
    /// Starts a bar labelled `label` for `total` bytes (a spinner when unknown).
    pub fn new(label: &str, total: Option<u64>, quiet: bool) -> Self {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| new_bar(label, total));
        ByteProgress {
            bar,
            #[cfg(debug_assertions)]
            pause: test_hook::PauseOnce::from_env(),
        }
    }

    /// Sets the number of bytes done.
    pub fn set(&self, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.set_position(bytes);
        }
        #[cfg(debug_assertions)]
        self.pause.after_first_read();
    }

    /// Removes the bar from the terminal.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

fn new_bar(label: &str, total: Option<u64>) -> ProgressBar {
    let bar = match total {
        Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
    };
    let template = match total {
        Some(_) => "{prefix} {wide_bar} {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}",
        None => "{prefix} {spinner} {bytes} {binary_bytes_per_sec}",
    };
    bar.set_style(ProgressStyle::with_template(template).expect("the template is valid"));
    bar.set_prefix(label.to_string());
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// A pause after the first read, which lets the tests change a file at a
/// known point of its hashing instead of racing against the reads.
#[cfg(debug_assertions)]
mod test_hook {
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::time::{Duration, Instant};

    /// Names a file that is created after the first read; hashing goes on
    /// when the test removes it. Read only by debug builds.
    const PAUSE_VARIABLE: &str = "MICADOCTL_TEST_PAUSE_FILE";

    /// Maximum pause, so that a test that fails to remove the file does not
    /// hang the suite.
    const MAX_PAUSE: Duration = Duration::from_secs(60);

    pub struct PauseOnce {
        marker: Option<PathBuf>,
        done: AtomicBool,
    }

    impl PauseOnce {
        pub fn from_env() -> Self {
            PauseOnce {
                marker: std::env::var_os(PAUSE_VARIABLE).map(PathBuf::from),
                done: AtomicBool::new(false),
            }
        }

        pub fn after_first_read(&self) {
            let Some(marker) = &self.marker else {
                return;
            };
            if self.done.swap(true, Ordering::SeqCst) {
                return;
            }
            if std::fs::write(marker, b"paused\n").is_err() {
                return;
            }
            let start = Instant::now();
            while marker.exists() && start.elapsed() < MAX_PAUSE {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
    }
}
