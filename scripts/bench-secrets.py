#!/usr/bin/env python3
"""Writes the secrets section of docs/benchmarks.md from a hyperfine JSON export.

Usage: bench-secrets.py RESULTS_JSON BENCHMARKS_MD

The section sits between two marker comments; it replaces an existing one or
is appended. The facts about the run come from BENCH_* environment variables
that scripts/bench sets.
"""

import json
import os
import sys

BEGIN = "<!-- secrets benchmark: begin -->"
END = "<!-- secrets benchmark: end -->"


def section(results):
    env = os.environ
    lines = [
        BEGIN,
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
        END,
    ]
    return "\n".join(lines) + "\n"


def main():
    results_path, doc_path = sys.argv[1], sys.argv[2]
    with open(results_path) as f:
        results = json.load(f)["results"]
    new = section(results)
    try:
        with open(doc_path) as f:
            text = f.read()
    except FileNotFoundError:
        text = "# Benchmarks\n"
    if BEGIN in text and END in text:
        start = text.index(BEGIN)
        end = text.index(END) + len(END) + 1
        text = text[:start] + new + text[end:]
    else:
        text = text.rstrip("\n") + "\n\n" + new
    with open(doc_path, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
