//! The hashing engine: one pass over the data computes any set of digests.
//!
//! Data is read with plain `read` calls into a bounded pool of buffers, never
//! mapped into memory, so memory use does not depend on the size of the input.
//! When the input is larger than one buffer, reading and hashing overlap: the
//! calling thread reads while one thread per algorithm hashes the previous
//! buffers, so computing three digests takes about as long as the slowest one
//! alone. The `sha2`, `md-5` and `blake3` crates pick SHA extensions, AVX2 or
//! NEON at run time, so every CPU computes the same digests.

use std::collections::BTreeMap;
use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::Path;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, SyncSender};

use md5::Md5;
use nix::fcntl::{FcntlArg, OFlag, fcntl};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256, Sha384, Sha512};

use super::ImageError;

/// Size of one read. A file of at most this size is read and hashed on the
/// calling thread. Larger inputs go through the pipeline.
pub const BUFFER_SIZE: usize = 4 << 20;

/// Number of buffers the pipeline reads ahead, which bounds its memory to
/// `PIPELINE_BUFFERS * BUFFER_SIZE` (16 MiB) for any input size.
const PIPELINE_BUFFERS: usize = 4;

/// Smallest piece that BLAKE3 splits across the rayon thread pool. Below it,
/// the cost of the split is larger than the gain.
const BLAKE3_PARALLEL_MIN: usize = 512 << 10;

/// A digest algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Algorithm {
    /// SHA-256 (FIPS 180-4).
    Sha256,
    /// SHA-384 (FIPS 180-4), which some Glance deployments use.
    Sha384,
    /// SHA-512 (FIPS 180-4), Glance's default `os_hash_algo`.
    Sha512,
    /// BLAKE3 with its default 256-bit output.
    Blake3,
    /// MD5, only for Glance's legacy `checksum` field. It is broken for
    /// integrity and never registered.
    Md5,
}

/// The algorithms `image register FILE` computes by default.
pub const REGISTER_DEFAULT: [Algorithm; 3] =
    [Algorithm::Sha256, Algorithm::Sha512, Algorithm::Blake3];

/// The algorithms a registry entry can hold.
pub const REGISTRY_ALGORITHMS: [Algorithm; 4] = [
    Algorithm::Sha256,
    Algorithm::Sha384,
    Algorithm::Sha512,
    Algorithm::Blake3,
];

impl Algorithm {
    /// Returns the name used on the command line, in exports and by Glance.
    pub fn as_str(self) -> &'static str {
        match self {
            Algorithm::Sha256 => "sha256",
            Algorithm::Sha384 => "sha384",
            Algorithm::Sha512 => "sha512",
            Algorithm::Blake3 => "blake3",
            Algorithm::Md5 => "md5",
        }
    }

    /// Parses a name such as `sha256`. Upper case and a dash (`SHA-256`) are accepted.
    pub fn parse(name: &str) -> Option<Self> {
        let name = name.to_ascii_lowercase().replace('-', "");
        [
            Algorithm::Sha256,
            Algorithm::Sha384,
            Algorithm::Sha512,
            Algorithm::Blake3,
            Algorithm::Md5,
        ]
        .into_iter()
        .find(|a| a.as_str() == name)
    }

    /// Returns the length of a digest in hexadecimal digits.
    pub fn hex_len(self) -> usize {
        match self {
            Algorithm::Sha256 | Algorithm::Blake3 => 64,
            Algorithm::Sha384 => 96,
            Algorithm::Sha512 => 128,
            Algorithm::Md5 => 32,
        }
    }

    /// Checks that `hex` is a digest of this algorithm and returns it in lower case.
    pub fn normalise_hex(self, hex: &str) -> Result<String, String> {
        let hex = hex.trim();
        if hex.len() != self.hex_len() {
            return Err(format!(
                "a {} digest has {} hexadecimal digits, this one has {}",
                self,
                self.hex_len(),
                hex.len()
            ));
        }
        if let Some(bad) = hex.chars().find(|c| !c.is_ascii_hexdigit()) {
            return Err(format!(
                "'{}' is not a hexadecimal digit",
                bad.escape_debug()
            ));
        }
        Ok(hex.to_ascii_lowercase())
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Hexadecimal digests by algorithm, in lower case.
pub type Digests = BTreeMap<Algorithm, String>;

/// The digests of an input and the number of bytes hashed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hashed {
    /// Lower-case hexadecimal digest per algorithm.
    pub digests: Digests,
    /// Number of bytes read.
    pub size: u64,
}

/// Called with the number of bytes read so far, after each read.
pub type ProgressFn<'a> = &'a (dyn Fn(u64) + Sync);

/// One running digest computation.
enum Hasher {
    Sha256(Sha256),
    Sha384(Sha384),
    Sha512(Sha512),
    Blake3(Box<blake3::Hasher>),
    Md5(Md5),
}

impl Hasher {
    fn new(algorithm: Algorithm) -> Self {
        match algorithm {
            Algorithm::Sha256 => Hasher::Sha256(Sha256::new()),
            Algorithm::Sha384 => Hasher::Sha384(Sha384::new()),
            Algorithm::Sha512 => Hasher::Sha512(Sha512::new()),
            Algorithm::Blake3 => Hasher::Blake3(Box::new(blake3::Hasher::new())),
            Algorithm::Md5 => Hasher::Md5(Md5::new()),
        }
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
            Hasher::Sha512(h) => h.update(data),
            Hasher::Blake3(h) if data.len() >= BLAKE3_PARALLEL_MIN => {
                h.update_rayon(data);
            }
            Hasher::Blake3(h) => {
                h.update(data);
            }
            Hasher::Md5(h) => h.update(data),
        }
    }

    fn finish(self) -> String {
        match self {
            Hasher::Sha256(h) => hex::encode(h.finalize()),
            Hasher::Sha384(h) => hex::encode(h.finalize()),
            Hasher::Sha512(h) => hex::encode(h.finalize()),
            Hasher::Blake3(h) => h.finalize().to_hex().to_string(),
            Hasher::Md5(h) => hex::encode(h.finalize()),
        }
    }
}

/// Computes digests of data given in pieces, on the calling thread.
pub struct MultiHasher {
    hashers: Vec<(Algorithm, Hasher)>,
}

impl MultiHasher {
    /// Starts a computation of every algorithm in `algorithms` (repeats are ignored).
    pub fn new(algorithms: &[Algorithm]) -> Self {
        let mut unique = algorithms.to_vec();
        unique.sort();
        unique.dedup();
        MultiHasher {
            hashers: unique.into_iter().map(|a| (a, Hasher::new(a))).collect(),
        }
    }

    /// Feeds the next piece of data to every algorithm.
    pub fn update(&mut self, data: &[u8]) {
        for (_, hasher) in &mut self.hashers {
            hasher.update(data);
        }
    }

    /// Finishes every computation.
    pub fn finish(self) -> Digests {
        self.hashers
            .into_iter()
            .map(|(algorithm, hasher)| (algorithm, hasher.finish()))
            .collect()
    }
}

/// Hashes everything `reader` returns until its end, with the pipeline.
///
/// `progress` is called on the calling thread after each read.
pub fn hash_stream(
    reader: &mut dyn Read,
    algorithms: &[Algorithm],
    progress: ProgressFn<'_>,
) -> io::Result<Hashed> {
    hash_pipelined(reader, algorithms, progress)
}

/// A buffer of the pipeline. When the last thread drops it, the memory goes
/// back to the pool for the next read.
struct Chunk {
    data: Vec<u8>,
    len: usize,
    pool: SyncSender<Vec<u8>>,
}

impl Drop for Chunk {
    fn drop(&mut self) {
        // The pool has room for every buffer, so this never blocks. It fails
        // only after the reader has stopped, when the memory is not needed.
        let _ = self.pool.try_send(std::mem::take(&mut self.data));
    }
}

fn hash_pipelined(
    reader: &mut dyn Read,
    algorithms: &[Algorithm],
    progress: ProgressFn<'_>,
) -> io::Result<Hashed> {
    let mut unique = algorithms.to_vec();
    unique.sort();
    unique.dedup();

    let (pool_tx, pool_rx) = mpsc::sync_channel::<Vec<u8>>(PIPELINE_BUFFERS);
    for _ in 0..PIPELINE_BUFFERS {
        pool_tx
            .try_send(vec![0; BUFFER_SIZE])
            .expect("the pool has room for every buffer");
    }

    std::thread::scope(|scope| {
        let mut senders = Vec::new();
        let mut workers = Vec::new();
        for &algorithm in &unique {
            let (tx, rx) = mpsc::sync_channel::<Arc<Chunk>>(PIPELINE_BUFFERS);
            senders.push(tx);
            workers.push((
                algorithm,
                scope.spawn(move || hash_chunks(Hasher::new(algorithm), rx)),
            ));
        }

        let read = read_into_pipeline(reader, &pool_rx, &pool_tx, &senders, progress);
        drop(senders);
        let digests: Digests = workers
            .into_iter()
            .map(|(algorithm, worker)| {
                let hasher = worker.join().expect("a hashing thread panicked");
                (algorithm, hasher.finish())
            })
            .collect();
        read.map(|size| Hashed { digests, size })
    })
}

fn hash_chunks(mut hasher: Hasher, chunks: Receiver<Arc<Chunk>>) -> Hasher {
    for chunk in chunks {
        hasher.update(&chunk.data[..chunk.len]);
    }
    hasher
}

/// Reads `reader` to its end into pooled buffers and hands each to every
/// worker. Returns the number of bytes read.
fn read_into_pipeline(
    reader: &mut dyn Read,
    pool: &Receiver<Vec<u8>>,
    pool_tx: &SyncSender<Vec<u8>>,
    workers: &[SyncSender<Arc<Chunk>>],
    progress: ProgressFn<'_>,
) -> io::Result<u64> {
    let mut total = 0u64;
    loop {
        let mut data = pool.recv().expect("buffers return to the pool");
        let len = read_full(reader, &mut data)?;
        if len == 0 {
            return Ok(total);
        }
        total += len as u64;
        progress(total);

        let chunk = Arc::new(Chunk {
            data,
            len,
            pool: pool_tx.clone(),
        });
        for worker in workers {
            worker
                .send(Arc::clone(&chunk))
                .expect("hashing threads run until the senders are dropped");
        }
        if len < BUFFER_SIZE {
            return Ok(total);
        }
    }
}

/// Fills `buffer` from `reader`. Returns less than its length only at the end.
fn read_full(reader: &mut dyn Read, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// Hashes an input on the calling thread, in buffers of at most
/// [`BUFFER_SIZE`] (smaller for a small `expected_size`).
fn hash_inline(
    reader: &mut dyn Read,
    algorithms: &[Algorithm],
    expected_size: u64,
    progress: ProgressFn<'_>,
) -> io::Result<Hashed> {
    let mut hasher = MultiHasher::new(algorithms);
    // One byte more than expected, so a file that grew shows in the count.
    let capacity = (expected_size as usize).saturating_add(1).min(BUFFER_SIZE);
    let mut buffer = vec![0u8; capacity.max(1)];
    let mut total = 0u64;
    loop {
        let len = read_full(reader, &mut buffer)?;
        if len == 0 {
            break;
        }
        hasher.update(&buffer[..len]);
        total += len as u64;
        progress(total);
        if len < buffer.len() {
            break;
        }
    }
    Ok(Hashed {
        digests: hasher.finish(),
        size: total,
    })
}

/// The attributes compared before and after hashing a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileStat {
    /// Device of the file system.
    pub dev: u64,
    /// Inode number.
    pub ino: u64,
    /// Size in bytes.
    pub size: u64,
    /// Modification time: seconds and nanoseconds since the epoch.
    pub mtime: (i64, i64),
    /// Status change time: seconds and nanoseconds since the epoch.
    pub ctime: (i64, i64),
}

impl FileStat {
    /// Takes the attributes from `metadata`.
    pub fn of(metadata: &std::fs::Metadata) -> Self {
        FileStat {
            dev: metadata.dev(),
            ino: metadata.ino(),
            size: metadata.size(),
            mtime: (metadata.mtime(), metadata.mtime_nsec()),
            ctime: (metadata.ctime(), metadata.ctime_nsec()),
        }
    }
}

impl fmt::Display for FileStat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "size {}, mtime {}.{:09}, ctime {}.{:09}, inode {}",
            self.size, self.mtime.0, self.mtime.1, self.ctime.0, self.ctime.1, self.ino
        )
    }
}

/// Hashes the file at `path` in one pass.
///
/// The file is examined before and after reading: when its size, mtime,
/// ctime or inode changed, or when the number of bytes read differs from its
/// size, the result is [`ImageError::ChangedWhileHashing`], never a digest.
/// Block and character devices are read to their end without the size
/// check, because their size is not known in advance. A FIFO or socket is
/// rejected: without a writer, opening a FIFO would block and reading it
/// would give the digest of no data.
pub fn hash_file(
    path: &Path,
    algorithms: &[Algorithm],
    progress: ProgressFn<'_>,
) -> Result<Hashed, ImageError> {
    let io_error = |source| ImageError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = OpenOptions::new()
        .read(true)
        .custom_flags(OFlag::O_NONBLOCK.bits())
        .open(path)
        .map_err(io_error)?;
    let metadata = file.metadata().map_err(io_error)?;
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return Err(io_error(io::Error::from(io::ErrorKind::IsADirectory)));
    }
    if file_type.is_fifo() || file_type.is_socket() {
        return Err(ImageError::invalid(
            path.display().to_string(),
            "is a FIFO or socket, whose data cannot be hashed as a file; \
             pipe the data to `-` (standard input) instead",
        ));
    }
    // A device reads in blocking mode, as any reader of it expects.
    fcntl(&file, FcntlArg::F_SETFL(OFlag::empty())).map_err(|e| io_error(e.into()))?;
    hash_open_file(
        path,
        &mut file,
        &metadata,
        algorithms,
        Threads::Pipelined,
        progress,
    )
}

/// Threads on which the digests of a file are computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Threads {
    /// On threads of their own when the file is larger than one buffer.
    Pipelined,
    /// On the calling thread only. A caller that is itself a rayon task must
    /// choose this: a rayon task that waits for the pipeline's threads,
    /// while they wait for rayon to split BLAKE3, can leave no rayon thread
    /// to do that work.
    CallingThread,
}

/// Hashes an open file whose metadata was read after opening it. Used by
/// [`hash_file`] and by the tree manifests, which open files themselves.
pub fn hash_open_file(
    path: &Path,
    file: &mut File,
    opened: &std::fs::Metadata,
    algorithms: &[Algorithm],
    threads: Threads,
    progress: ProgressFn<'_>,
) -> Result<Hashed, ImageError> {
    let io_error = |source| ImageError::Io {
        path: path.to_path_buf(),
        source,
    };
    let before = FileStat::of(opened);
    let regular = opened.file_type().is_file();
    let small = regular && before.size <= BUFFER_SIZE as u64;
    // A device or FIFO reports size 0, but its buffer must not shrink to one byte.
    let expected_size = if regular {
        before.size
    } else {
        BUFFER_SIZE as u64
    };
    let hashed = if small || threads == Threads::CallingThread {
        hash_inline(file, algorithms, expected_size, progress)
    } else {
        hash_pipelined(file, algorithms, progress)
    }
    .map_err(io_error)?;

    let after_open = FileStat::of(&file.metadata().map_err(io_error)?);
    // The path may now name another file, one renamed over the original.
    let after_path = std::fs::symlink_metadata(path).map(|m| FileStat::of(&m));
    let replaced = match &after_path {
        Ok(now) => now.ino != before.ino || now.dev != before.dev,
        Err(_) => true,
    };
    let mut after = after_open;
    if let Ok(now) = after_path
        && replaced
    {
        after.ino = now.ino;
    }
    let changed = after_open != before || replaced;
    let size_differs = regular && hashed.size != before.size;
    if changed || size_differs {
        return Err(ImageError::ChangedWhileHashing {
            path: path.to_path_buf(),
            before: Box::new(before),
            after: Box::new(after),
            read: hashed.size,
        });
    }
    Ok(hashed)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Algorithm; 5] = [
        Algorithm::Sha256,
        Algorithm::Sha384,
        Algorithm::Sha512,
        Algorithm::Blake3,
        Algorithm::Md5,
    ];

    fn no_progress(_: u64) {}

    /// Hashes `data` through the pipeline, as a stream of unknown length.
    fn stream(data: &[u8]) -> Digests {
        hash_stream(&mut std::io::Cursor::new(data), &ALL, &no_progress)
            .unwrap()
            .digests
    }

    /// Published vectors: FIPS 180-4 examples for SHA-2 (NIST CSRC "Examples
    /// with Intermediate Values"), RFC 1321 for MD5, and the BLAKE3 reference
    /// implementation's output for the empty input and "abc".
    #[test]
    fn abc_vectors() {
        let digests = stream(b"abc");
        assert_eq!(
            digests[&Algorithm::Sha256],
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            digests[&Algorithm::Sha384],
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"
        );
        assert_eq!(
            digests[&Algorithm::Sha512],
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            digests[&Algorithm::Blake3],
            "6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85"
        );
        assert_eq!(digests[&Algorithm::Md5], "900150983cd24fb0d6963f7d28e17f72");
    }

    #[test]
    fn empty_vectors() {
        let digests = stream(b"");
        assert_eq!(
            digests[&Algorithm::Sha256],
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            digests[&Algorithm::Blake3],
            "af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262"
        );
        assert_eq!(digests[&Algorithm::Md5], "d41d8cd98f00b204e9800998ecf8427e");
    }

    #[test]
    fn two_block_vector_sha256() {
        let digests = stream(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        assert_eq!(
            digests[&Algorithm::Sha256],
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

    /// One million 'a', the long message of the FIPS 180-4 examples.
    #[test]
    fn million_a_vectors() {
        let data = vec![b'a'; 1_000_000];
        let digests = stream(&data);
        assert_eq!(
            digests[&Algorithm::Sha256],
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
        assert_eq!(
            digests[&Algorithm::Sha512],
            "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"
        );
    }

    /// The pipeline (several buffers, threads) and the inline path agree.
    #[test]
    fn pipeline_matches_inline() {
        let data: Vec<u8> = (0..BUFFER_SIZE * 2 + 12345)
            .map(|i| (i % 251) as u8)
            .collect();
        let piped = stream(&data);
        let mut inline = MultiHasher::new(&ALL);
        for piece in data.chunks(7777) {
            inline.update(piece);
        }
        assert_eq!(piped, inline.finish());
    }

    #[test]
    fn progress_reaches_total() {
        let data = vec![7u8; BUFFER_SIZE + 1];
        let last = std::sync::atomic::AtomicU64::new(0);
        let hashed = hash_stream(
            &mut std::io::Cursor::new(&data),
            &[Algorithm::Sha256],
            &|n| last.store(n, std::sync::atomic::Ordering::SeqCst),
        )
        .unwrap();
        assert_eq!(hashed.size, data.len() as u64);
        assert_eq!(last.into_inner(), data.len() as u64);
    }

    #[test]
    fn hex_checked_and_lowered() {
        let upper = "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD";
        assert_eq!(
            Algorithm::Sha256.normalise_hex(upper).unwrap(),
            upper.to_ascii_lowercase()
        );
        assert!(Algorithm::Sha256.normalise_hex("abc").is_err());
        assert!(Algorithm::Sha512.normalise_hex(upper).is_err());
        let not_hex = "g".repeat(64);
        assert!(Algorithm::Blake3.normalise_hex(&not_hex).is_err());
    }

    #[test]
    fn algorithm_names_parse() {
        assert_eq!(Algorithm::parse("SHA-256"), Some(Algorithm::Sha256));
        assert_eq!(Algorithm::parse("blake3"), Some(Algorithm::Blake3));
        assert_eq!(Algorithm::parse("sha3_512"), None);
    }
}
