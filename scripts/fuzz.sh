#!/usr/bin/env bash
# Fuzzes the whole analysis with libFuzzer: scripts/fuzz.sh [seconds] (default 600).
# Findings land in fuzz-findings/; replay one with
#   swift run briefing-fuzz fuzz-findings/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
swift build -c release --product briefing-fuzz --scratch-path .build-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
mkdir -p fuzz-corpus fuzz-findings
cp Tests/FuzzSeeds/* fuzz-corpus/
.build-fuzz/release/briefing-fuzz fuzz-corpus -max_total_time="$seconds" -max_len=4096 \
    -artifact_prefix=fuzz-findings/ -print_final_stats=1
