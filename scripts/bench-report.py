"""Print the cli block of docs/benchmarks.md from the cli benchmark section.

Arguments: hyperfine's JSON export and its Markdown table. The machine
description comes from BENCH_* environment variables set by
scripts/bench.d/cli. The Markdown goes to stdout, and
scripts/bench-section.py puts it between the cli markers of the page.
"""

import json
import math
import os
import sys

# (micadoctl command, peer, what the ratio shows), by hyperfine command name.
RATIOS = [
    (
        "micadoctl cred get ec2",
        "age -d -i IDENTITY small.age",
        "an identity-unlocked read against age decrypting a small file",
    ),
    (
        "micadoctl cred exec ec2 -- true",
        "env true",
        "`cred exec` against coreutils `env`, which also sets an environment and"
        " runs a program",
    ),
    (
        "micadoctl cred exec ec2 -- true",
        "sh -c true",
        "`cred exec` against starting the same program through dash",
    ),
    (
        "micadoctl --version",
        "env true",
        "start-up against coreutils `env` starting `true`",
    ),
]


def load_results(path):
    """Return hyperfine's results keyed by command name."""
    with open(path, encoding="utf-8") as file:
        results = json.load(file)["results"]
    return {result["command"]: result for result in results}


def format_ratio(numerator, denominator):
    """Format mean(numerator) / mean(denominator) with its propagated σ."""
    ratio = numerator["mean"] / denominator["mean"]
    relative_error = math.hypot(
        numerator["stddev"] / numerator["mean"],
        denominator["stddev"] / denominator["mean"],
    )
    return f"{ratio:.2f} ± {ratio * relative_error:.2f}"


def ratio_rows(results):
    """Yield the rows of the ratio table for peers present in `results`."""
    for command, peer, meaning in RATIOS:
        if command in results and peer in results:
            ratio = format_ratio(results[command], results[peer])
            yield f"| `{command}` | `{peer}` | {ratio} | {meaning} |"


def main():
    results = load_results(sys.argv[1])
    with open(sys.argv[2], encoding="utf-8") as file:
        table = file.read().strip()
    env = os.environ

    lines = [
        "## Start-up and credential commands",
        "",
        "Wall-clock times of micadoctl's start-up and credential commands next to",
        "peers that do comparable work, measured with hyperfine by",
        "`scripts/bench --only cli`. The target for start-up and for a local read",
        "such as `cred list` is a few milliseconds, because Ansible plays run",
        "micadoctl hundreds of times.",
        "",
        f"- Date: {env['BENCH_DATE']}",
        f"- CPU: {env['BENCH_CPU']}, {env['BENCH_CORES']} cores",
        f"- Kernel: Linux {env['BENCH_KERNEL']}",
        f"- Compiler: {env['BENCH_RUSTC']}, release profile of Cargo.toml",
        f"- Tools: {env['BENCH_HYPERFINE']}, age {env['BENCH_AGE']}",
        f"- micadoctl commit: {env['BENCH_COMMIT']}",
        f"- Load average before the run (1, 5, 15 min): {env['BENCH_LOAD']}",
        f"- Runs: at least {env['BENCH_RUNS']} per command after 5 warm-up runs,"
        " each command started without a shell",
        "",
        "The state home was made by `micadoctl init` and filled by",
        "`micadoctl cred import tests/data/filled-credentials-cloud-api.yml`",
        f"({env['BENCH_CREDENTIALS']} credentials). `cred get` and `cred exec` unlock"
        " the store with",
        "`--identity` and the identity file that `init` wrote, decrypt one",
        "credential and append an audit record in a database transaction.",
        "`cred list` reads names and metadata only, without unlocking.",
        "",
        table,
        "",
        "Relative is the mean time divided by that of the fastest command above.",
        "",
        "### Ratios against peers",
        "",
        "Mean time of the micadoctl command divided by the mean time of the peer,",
        "with the standard deviation propagated from both. Above 1 means that",
        "micadoctl is slower.",
        "",
        "| micadoctl | peer | ratio | what it compares |",
        "|:---|:---|---:|:---|",
        *ratio_rows(results),
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
