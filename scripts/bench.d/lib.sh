# shellcheck shell=bash
# Shared helpers of the benchmark sections in scripts/bench.d, sourced by each
# section script. It changes to the repository root, because the sections
# read tests/data and write docs/benchmarks.md by relative path.
#
# scripts/bench sets these variables for every section:
#   BENCH_BIN   absolute path of the release build of micadoctl
#   BENCH_WORK  an empty folder of the section's own, which scripts/bench
#               removes afterwards
#   BENCH_RUNS  the --runs value, or empty when --runs was not given (each
#               section that uses it has its own default)

cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 1

step() {
    printf '\n==> %s\n' "$1" >&2
}

# Exits unless BENCH_BIN and BENCH_WORK are set, because a section neither
# builds micadoctl nor removes its scratch folder itself.
require_bench_environment() {
    local section
    section=$(basename "$0")
    if [[ -z "${BENCH_BIN:-}" || -z "${BENCH_WORK:-}" ]]; then
        echo "error: BENCH_BIN and BENCH_WORK are not set; run this section with" \
            "\`scripts/bench --only $section\`" >&2
        exit 1
    fi
    if [[ ! -x "$BENCH_BIN" ]]; then
        echo "error: BENCH_BIN=$BENCH_BIN is not an executable file; run scripts/bench," \
            "which builds it" >&2
        exit 1
    fi
    mkdir -p "$BENCH_WORK"
}

# Exits with the install hint $1 unless every command in the rest of the
# arguments is found.
require_commands() {
    local hint=$1 command
    shift
    for command in "$@"; do
        if ! command -v "$command" >/dev/null; then
            echo "error: $command not found; $hint" >&2
            exit 1
        fi
    done
}

# Exits unless the micadoctl build has the command group $1. A build of a
# branch without that feature lacks it.
require_subcommand() {
    if ! "$BENCH_BIN" "$1" --help >/dev/null 2>&1; then
        echo "error: $BENCH_BIN has no '$1' command; build a micadoctl version" \
            "that includes it" >&2
        exit 1
    fi
}

# Prints the short commit hash of HEAD, with a note when tracked files have
# uncommitted changes.
commit_description() {
    local commit
    commit=$(git rev-parse --short HEAD)
    if [[ -n "$(git status --porcelain --untracked-files=no)" ]]; then
        commit="$commit with uncommitted changes"
    fi
    printf '%s\n' "$commit"
}

cpu_model() {
    grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'
}

# Replaces the block of section $1 in docs/benchmarks.md with the Markdown
# file $2 and leaves the rest of the page as it is.
write_section() {
    python3 scripts/bench-section.py "$1" "$2"
}
