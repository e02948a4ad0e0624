#!/usr/bin/env bash
# Milliseconds from exec to the reader's first frame flushed to the terminal, in a
# detached tmux window: the shell notes the time just before it execs the reader, the
# reader (BRIEFING_TRACE_FIRST_FRAME=1) writes when its first frame was flushed.
#   scripts/first-frame.sh [RUNS [FILE]]     (default: 20 runs on the built-in sample)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
file=${2:-}
bin=${BRIEFING_BIN:-.build/release/briefing}
[ -x "$bin" ] || swift build -c release --product briefing >/dev/null
work=$(mktemp -d)
socket="briefing-first-frame-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
echo "set -g remain-on-exit on" > "$work/tmux.conf"
tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s main -x 120 -y 40 "sleep 86400"
for i in $(seq "$runs"); do
    rm -f "$work/err"
    tmux -L "$socket" respawn-pane -k -t main \
        "date +%s%N > '$work/t0'; BRIEFING_TRACE_FIRST_FRAME=1 exec '$PWD/$bin' $file 2> '$work/err'"
    for _ in $(seq 200); do
        tmux -L "$socket" capture-pane -p -t main | grep -q "q quit" && break
        sleep 0.05
    done
    tmux -L "$socket" send-keys -t main q
    for _ in $(seq 100); do grep -q "first frame" "$work/err" 2>/dev/null && break; sleep 0.05; done
    t0=$(cat "$work/t0")
    t1=$(sed -n 's/.*first frame flushed at \([0-9]*\) ns.*/\1/p' "$work/err")
    echo $(( (t1 - t0) / 1000 ))
done | sort -n | awk '{ v[NR] = $1 } END {
    printf "first frame after exec, %d runs: median %.1f ms, min %.1f ms, max %.1f ms\n",
        NR, v[int((NR + 1) / 2)] / 1000, v[1] / 1000, v[NR] / 1000 }'
