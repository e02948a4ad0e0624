#!/usr/bin/env bash
# Prints the reader's screen as text, as the README shows it: the built binary in a
# detached tmux window of the given size, captured with capture-pane, then quit.
#   scripts/capture-screen.sh [WIDTH HEIGHT [KEYS...]]     e.g. 120 40 Enter
set -euo pipefail
cd "$(dirname "$0")/.."
width=${1:-120}
height=${2:-40}
shift $(( $# >= 2 ? 2 : $# ))
bin=${BRIEFING_BIN:-.build/debug/briefing}
[ -x "$bin" ] || swift build --product briefing >/dev/null
socket="briefing-capture-$$"
tmux -L "$socket" -f /dev/null new-session -d -s main -x "$width" -y "$height" "$PWD/$bin" </dev/null >/dev/null 2>&1
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$socket"' EXIT
for _ in $(seq 50); do
    tmux -L "$socket" capture-pane -p -t main | grep -q "q quit" && break
    sleep 0.1
done
for key in "$@"; do tmux -L "$socket" send-keys -t main "$key"; sleep 0.2; done
tmux -L "$socket" capture-pane -p -t main
tmux -L "$socket" send-keys -t main q
