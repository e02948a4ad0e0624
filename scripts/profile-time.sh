#!/usr/bin/env bash
# Where the whole analysis's TIME goes, which instruction counts (count-instructions.sh) do
# not show: cache misses, mispredicted branches and the kernel's page faults. Samples the
# CPU clock with perf (20 kHz, no hardware counters needed) while briefing-bench analyses
# FILE (default: 10 MB of its generated text), and prints each stage's share of the
# analysis's samples, with the kernel's part, then the functions the samples land in.
# Shares are relative, so they are steadier than timings on a shared machine; a neighbour
# that thrashes the shared cache still moves them by a few points, so compare runs made
# side by side. Needs perf (`apt-get install -y linux-perf`).
#   scripts/profile-time.sh [FILE] [HOW_MANY_FUNCTIONS]
# Line level afterwards: perf annotate -i OUT --stdio -s 'MANGLED_SYMBOL'
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BRIEFING_BENCH_BIN:-.build/release/briefing-bench}
[ -x "$bin" ] || swift build -c release --product briefing-bench >/dev/null
input=(10)
[ $# -ge 1 ] && input=(--file "$1")
out=$(mktemp "${TMPDIR:-/tmp}/briefing-perf.XXXXXX")
perf record -q -e cpu-clock -F 20000 -g -o "$out" "$bin" --child whole "${input[@]}" >/dev/null 2>&1
perf script -i "$out" 2>/dev/null | python3 scripts/perf-stages.py "${2:-30}"
echo "perf data: $out"
