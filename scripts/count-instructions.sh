#!/usr/bin/env bash
# Instructions the whole analysis (BriefingAnalyzer.analyze alone: no text generation, no
# decoding, no process start) executes, counted by valgrind's callgrind, with each stage's
# inclusive count: on 1 MB of briefing-bench's generated text, and on FILE if given.
# Counts do not vary from run to run as timings on a shared machine do, so they decide
# whether a change pays. Needs valgrind (`apt-get install -y valgrind`).
#   scripts/count-instructions.sh [FILE]
# The callgrind output of the last input is left in $TMPDIR for `callgrind_annotate`.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BRIEFING_BENCH_BIN:-.build/release/briefing-bench}
[ -x "$bin" ] || swift build -c release --product briefing-bench >/dev/null
# The analysis's entry point, as callgrind names it: update it if `analyze`'s signature changes.
analyze='$s12BriefingCore0A8AnalyzerO7analyze_4date8progressAA0A0VAA10SourceTextV_AA12CalendarDateVSgySdXEtFZ'
out=$(mktemp "${TMPDIR:-/tmp}/briefing-callgrind.XXXXXX")
count() { # label, then briefing-bench's child arguments after the stage
  local label=$1; shift
  valgrind --tool=callgrind --toggle-collect="$analyze" --callgrind-out-file="$out" \
    "$bin" --child whole "$@" >/dev/null 2>&1
  callgrind_annotate --inclusive=yes "$out" 2>/dev/null > "$out.txt"
  stage() { grep -m1 "$1" "$out.txt" | awk '{print $1}'; }
  printf '%-16s total %s  segmentation %s  topics %s  actors %s  times+timeline %s\n' "$label" \
    "$(grep -m1 'PROGRAM TOTALS' "$out.txt" | awk '{print $1}')" "$(stage 'AnalyzerO7segment_')" \
    "$(stage 'TopicModelO6topics_')" "$(stage 'ActorRecognizerO9recognize_')" "$(stage 'TimelineBuilderO11tagAndBuild')"
}
count "generated 1 MB" 1
[ $# -ge 1 ] && count "$(basename "$1")" --file "$1"
echo "callgrind output: $out"
