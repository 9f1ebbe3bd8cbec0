# Helpers for the REPL tests (tests/cli/repl_*.sh): they run $LUA in a real pseudo-terminal
# under tmux.  Each test gets its own tmux server (socket), HOME in a scratch directory, and
# the server is killed at exit.  Sourced, not run.
#
#   repl_start [ENV=VALUE...]   start `$LUA` (80x60, TERM=xterm) in a new session; waits for
#                               the first prompt
#   keys KEY...                 tmux send-keys: key names (Enter, Tab, Left, C-a, ...)
#   type TEXT                   send TEXT literally (so "end" is not the End key)
#   wait_for TEXT [SECONDS]     poll the screen until TEXT appears (default 5 s); on timeout
#                               print the screen to stderr and fail
#   line TEXT                   type TEXT and Enter, then wait for the next (empty) prompt
#   prompt_ready                wait until the last line on the screen is a new empty prompt
#   screen                      the screen without the banner and trailing blank lines/spaces
#   repl_wait_exit              wait for $LUA to exit, print "exit status N"
set -e
unset TMUX  # (the tests may themselves run inside tmux)
tmp=$(mktemp -d)
sock="apogee-repl-$$-${RANDOM}"
export HOME="$tmp/home"
mkdir -p "$HOME"
printf 'set -g status off\nset -g remain-on-exit on\nset -g history-limit 0\n' > "$tmp/tmux.conf"
tm() { tmux -L "$sock" -f "$tmp/tmux.conf" "$@"; }
cleanup() { tm kill-server >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 1' TERM INT HUP  # (a timeout's SIGTERM runs cleanup too: no tmux server left behind)

screen() {
  tm capture-pane -p -t repl | sed -e '1{/Lua 5\.1/d;}' -e 's/[[:space:]]*$//' -e '/^Pane is dead/d' |
    sed -e ':a' -e '/^\n*$/{$d;N;ba' -e '}'
}

wait_for() {
  local text=$1 limit=${2:-5} i=0
  while ! tm capture-pane -p -t repl 2>/dev/null | grep -qF -- "$text"; do
    i=$((i + 1))
    if [ "$i" -gt $((limit * 50)) ]; then
      echo "timeout waiting for: $text" >&2
      tm capture-pane -p -t repl >&2 || true
      return 1
    fi
    sleep 0.02
  done
}

repl_start() {
  last_ready=""
  rm -f "$tmp/status"
  # A shell in between records the exit status: tmux itself sometimes misses the child's exit
  # when several servers start at once (the pane stays alive, the child a zombie).  The INT
  # trap keeps that shell alive through Ctrl-C; apogee starts with SIGINT at its default.
  tm new-session -d -s repl -x 80 -y 60 \
    sh -c 'trap : INT; "$@"; echo $? > "$0.tmp"; mv "$0.tmp" "$0"' "$tmp/status" \
    env TERM=xterm "$@" "$LUA"
  prompt_ready
}

# (the screen must also differ from the one the previous prompt_ready saw, so keys not yet
# handled are not mistaken for their result)
last_ready=""
prompt_ready() {
  local i=0 now last
  while :; do
    now=$(tm capture-pane -p -t repl 2>/dev/null)  # (one process per poll: shell-only below)
    last=${now##*$'\n'}
    last=${last%"${last##*[! ]}"}
    if [ "$now" != "$last_ready" ] && { [ "$last" = ">" ] || [ "$last" = ">>" ]; }; then
      last_ready=$now
      return 0
    fi
    i=$((i + 1))
    if [ "$i" -gt 250 ]; then
      echo "timeout waiting for a prompt" >&2
      tm capture-pane -p -t repl >&2 || true
      return 1
    fi
    sleep 0.02
  done
}

line() { tm send-keys -t repl -l "$1" \; send-keys -t repl Enter; prompt_ready; }

keys() { tm send-keys -t repl "$@"; }
type() { tm send-keys -t repl -l "$1"; }

repl_wait_exit() {
  local i=0
  while [ ! -f "$tmp/status" ]; do
    i=$((i + 1))
    if [ "$i" -gt 250 ]; then
      echo "timeout waiting for the exit" >&2
      tm capture-pane -p -t repl >&2 || true
      return 1
    fi
    sleep 0.02
  done
  echo "exit status $(cat "$tmp/status")"
}
