"""Write the image section of docs/benchmarks.md from scripts/bench.

Arguments: hyperfine's JSON export of the hashing runs, that of the
manifest runs, and a file of "name<TAB>peak RSS in KiB" lines. The
machine description comes from BENCH_* environment variables. The
section goes to stdout, between the markers that scripts/bench replaces.
"""

import json
import math
import os
import sys

# (micadoctl command, peer, what the ratio shows), by hyperfine command name.
RATIOS = [
    ("micadoctl sha256", "sha256sum", "SHA-256 against coreutils"),
    ("micadoctl blake3", "b3sum", "BLAKE3 against b3sum (memory map, all cores)"),
    ("micadoctl blake3", "b3sum --no-mmap", "BLAKE3 against b3sum reading like micadoctl"),
    (
        "micadoctl sha256,sha512,blake3",
        "sha256sum; sha512sum; b3sum",
        "three digests in one pass against the three tools one after another",
    ),
    (
        "micadoctl sha256,sha512,blake3",
        "micadoctl sha512",
        "three digests in one pass against the slowest of them alone",
    ),
    ("micadoctl manifest /usr", "aide --init /usr", "manifest of /usr against AIDE"),
]


def load(path):
    """Return hyperfine's results keyed by command name."""
    with open(path, encoding="utf-8") as file:
        return {r["command"]: r for r in json.load(file)["results"]}


def ratio(numerator, denominator):
    """Format mean(numerator) / mean(denominator) with its propagated σ."""
    value = numerator["mean"] / denominator["mean"]
    error = math.hypot(
        numerator["stddev"] / numerator["mean"],
        denominator["stddev"] / denominator["mean"],
    )
    return f"{value:.2f} ± {value * error:.2f}"


def timing_rows(results, size_bytes):
    """Yield table rows with mean time, throughput and peak memory."""
    memory = {}
    with open(sys.argv[3], encoding="utf-8") as file:
        for line in file:
            name, kib = line.rstrip("\n").split("\t")
            memory[name] = int(kib)
    for name, result in results.items():
        mean = result["mean"]
        throughput = f"{size_bytes / mean / 1e9:.2f}" if size_bytes else "-"
        rss = memory.get(name)
        rss_text = f"{rss / 1024:.1f}" if rss is not None else "-"
        cpu = result["user"] + result["system"]
        yield (
            f"| `{name}` | {mean:.3f} ± {result['stddev']:.3f} | {cpu:.3f} | {throughput}"
            f" | {rss_text} |"
        )


def load_note(env):
    """Return a warning when the machine was busier than its cores."""
    if float(env["BENCH_LOAD"].split()[0]) <= int(env["BENCH_CORES"]):
        return []
    return [
        "The load average was above the number of cores: other processes used the"
        " CPU during the run, so wall-clock times are longer and noisier than on an"
        " idle machine, and CPU times compare the programs better.",
    ]


def main():
    hashing = load(sys.argv[1])
    manifest = load(sys.argv[2])
    everything = {**hashing, **manifest}
    env = os.environ
    size = int(env["BENCH_FILE_BYTES"])
    lines = [
        "<!-- images:start -->",
        "## Image hashing and manifests",
        "",
        f"Measured by `scripts/bench --only images` on {env['BENCH_DATE']}"
        f" ({env['BENCH_CPU']}, {env['BENCH_CORES']} cores, commit {env['BENCH_COMMIT']},"
        f" load before the run {env['BENCH_LOAD']}).",
        f"Tools: {env['BENCH_TOOLS']}.",
        *load_note(env),
        "",
        f"The hashing runs read one {size / 2**30:.0f} GiB file of random bytes that is"
        " in the page cache (read once before), so they measure hashing, not the disk;"
        f" {env['BENCH_HASH_RUNS']} runs each after one warm-up run. Throughput is the file"
        " size divided by the mean time. CPU is the mean user plus system time, which"
        " other load on the machine changes less than the wall-clock mean. Peak memory"
        " is the maximum resident set size of one run, from GNU time.",
        "",
        "| Command | Mean [s] | CPU [s] | GB/s | Peak memory [MiB] |",
        "|:---|---:|---:|---:|---:|",
        *timing_rows(hashing, size),
        "",
        f"The manifest runs record /usr ({env['BENCH_USR_ENTRIES']} entries on one file"
        f" system) with a warm page cache, {env['BENCH_MANIFEST_RUNS']} runs each after one"
        " warm-up run. AIDE uses the attributes type, permissions, owner, group, size,"
        " mtime, link target and SHA-256 (`ftype+p+u+g+s+m+l+sha256`) with"
        " `num_workers=2`; micadoctl records the same plus hard links and device numbers.",
        "",
        "| Command | Mean [s] | CPU [s] | GB/s | Peak memory [MiB] |",
        "|:---|---:|---:|---:|---:|",
        *timing_rows(manifest, 0),
        "",
        "Ratios: mean wall-clock time of the micadoctl command divided by that of the"
        " peer, and the same for CPU time; below 1 means that micadoctl is faster.",
        "",
        "| micadoctl | peer | ratio | CPU ratio | what it compares |",
        "|:---|:---|---:|---:|:---|",
    ]
    for command, peer, meaning in RATIOS:
        if command in everything and peer in everything:
            ours, theirs = everything[command], everything[peer]
            cpu = (ours["user"] + ours["system"]) / (theirs["user"] + theirs["system"])
            lines.append(
                f"| `{command}` | `{peer}` | {ratio(ours, theirs)} | {cpu:.2f} | {meaning} |"
            )
    lines.append("<!-- images:end -->")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
