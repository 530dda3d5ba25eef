#!/usr/bin/env python3
"""Prints the secrets block of docs/benchmarks.md from a hyperfine JSON export.

Usage: secrets-report.py RESULTS_JSON

The facts about the run come from BENCH_* environment variables that
scripts/bench.d/secrets sets. The Markdown goes to stdout, and
scripts/bench-section.py puts it between the secrets markers of the page.
"""

import json
import os
import sys

def section(results):
    env = os.environ
    lines = [
        "## Sealing a large descriptor",
        "",
        f"- Date: {env['BENCH_DATE']}; CPU: {env['BENCH_CPU']}, {env['BENCH_CORES']} cores;"
        f" micadoctl commit {env['BENCH_COMMIT']}",
        f"- Descriptor: one secret-distribution policy with {int(env['BENCH_VALUES']):,}"
        f" values (plain, quoted hex, single-quoted, two-line block scalars),"
        f" {int(env['BENCH_PLAIN_BYTES']):,} bytes; sealed {int(env['BENCH_SEALED_BYTES']):,} bytes",
        "- Runs: 10 per command after 2 warm-up runs; `secret seal` starts from a fresh copy"
        " of the plain file each run (hyperfine `--prepare`)",
        f"- Load average before the run (1, 5, 15 min): {env['BENCH_LOAD']}; with other"
        " work on the machine, and the fsync of the file that `secret seal` writes, the"
        " wall-clock time is well above the CPU time",
        "",
        "| Command | Mean [ms] | Min [ms] | Max [ms] | User CPU [ms] | System CPU [ms] |",
        "|:---|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        mean, stddev = result["mean"] * 1000, (result["stddev"] or 0) * 1000
        lines.append(
            f"| `{result['command']}` | {mean:.1f} ± {stddev:.1f} |"
            f" {result['min'] * 1000:.1f} | {result['max'] * 1000:.1f} |"
            f" {result['user'] * 1000:.1f} | {result['system'] * 1000:.1f} |"
        )
    seal_mib = int(env["BENCH_SEAL_KIB"]) / 1024
    unseal_mib = int(env["BENCH_UNSEAL_KIB"]) / 1024
    lines += [
        "",
        f"Peak memory (maximum resident set size from GNU time): `secret seal`"
        f" {seal_mib:.1f} MiB, `secret unseal` {unseal_mib:.1f} MiB.",
        "",
        "Both commands parse the whole file, compute the MAC over every value and",
        "encrypt or decrypt every value with XChaCha20-Poly1305; `secret seal` also",
        "checks its result by unsealing it before it writes the file. The age peer",
        "encrypts the file as one blob, with no parsing and no per-value work.",
    ]
    return "\n".join(lines) + "\n"


def main():
    with open(sys.argv[1]) as f:
        results = json.load(f)["results"]
    sys.stdout.write(section(results))


if __name__ == "__main__":
    main()
