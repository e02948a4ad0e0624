#!/usr/bin/env bash
# Instructions the whole analysis (BriefingAnalyzer.analyze alone: no text generation, no
# decoding, no process start) executes, counted by valgrind's callgrind, with each stage's
# inclusive count: on 1 MB of briefing-bench's generated text, and on FILE if given.
# Counts do not vary from run to run as timings on a shared machine do, so they decide
# whether a change pays. Needs valgrind (`apt-get install -y valgrind`).
# With BRIEFING_SIMULATE=1 valgrind also simulates the caches (L1 data 32 KB, and 512 KB, a
# core's L2, as the last level) and the branch predictor, and each figure is followed by the
# simulated L1 and L2 read misses and mispredicted branches: what makes a count run slow
# (deterministic too, though only a model of the machine).
#   scripts/count-instructions.sh [FILE]
#   BRIEFING_SIMULATE=1 scripts/count-instructions.sh [FILE]
# Swift's hashing is seeded per process unless SWIFT_DETERMINISTIC_HASHING is set, which moved
# the actors' count by ±0.3 M between runs of the same binary: it is set here.
# The callgrind output of the last input is left in $TMPDIR for `callgrind_annotate`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BRIEFING_BENCH_BIN:-.build/release/briefing-bench}
[ -x "$bin" ] || swift build -c release --product briefing-bench >/dev/null
# The analysis's entry point, as callgrind names it: update it if `analyze`'s signature changes.
analyze='$s12BriefingCore0A8AnalyzerO7analyze_4date8progressAA0A0VAA10SourceTextV_AA12CalendarDateVSgySdXEtFZ'
out=$(mktemp "${TMPDIR:-/tmp}/briefing-callgrind.XXXXXX")
simulate=()
events=Ir
if [ "${BRIEFING_SIMULATE:-0}" = 1 ]; then
  simulate=(--cache-sim=yes --branch-sim=yes --D1=32768,8,64 --LL=524288,8,64)
  events=Ir,D1mr,DLmr,Bcm
fi
count() { # label, then briefing-bench's child arguments after the stage
  local label=$1; shift
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind "${simulate[@]}" --toggle-collect="$analyze" --callgrind-out-file="$out" \
    "$bin" --child whole "$@" >/dev/null 2>&1
  callgrind_annotate --inclusive=yes --show-percs=no --show="$events" "$out" 2>/dev/null > "$out.txt"
  # Each event's figure without its percentage, joined by slashes.
  stage() { grep -m1 "$1" "$out.txt" | awk '{s=$1; for (i=2; i<NF && $i ~ /^([0-9,]+|\.)$/; i++) s=s"/"($i=="." ? 0 : $i); print s}'; }
  printf '%-16s total %s  segmentation %s  topics %s  actors %s  times+timeline %s\n' "$label" \
    "$(stage 'PROGRAM TOTALS')" "$(stage 'AnalyzerO7segment_')" \
    "$(stage 'TopicModelO6topics_')" "$(stage 'ActorRecognizerO9recognize_')" "$(stage 'TimelineBuilderO11tagAndBuild')"
}
count "generated 1 MB" 1
[ $# -ge 1 ] && count "$(basename "$1")" --file "$1"
[ ${#simulate[@]} -gt 0 ] && echo "(each figure: instructions/L1 read misses/L2 read misses/mispredicted branches)"
echo "callgrind output: $out"
