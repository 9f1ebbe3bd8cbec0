# Sourced by tests that stop a running program with Ctrl-C: sigint_run ARGS... starts "$LUA"
# ARGS in the background (output in "$tmp", which the test makes), waits until the program
# prints "go" (its handler installed, its loop about to start), sends SIGINT, and prints
# "status N" and the first line of stderr ("still running" if it did not stop in 3 s).
sigint_run() {
    "$LUA" "$@" >"$tmp/out" 2>"$tmp/err" &
    pid=$!
    for _ in $(seq 1 100); do grep -q go "$tmp/out" 2>/dev/null && break; sleep 0.1; done
    sleep 0.3
    kill -INT "$pid"
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; wait "$pid" 2>/dev/null; echo "still running"; return; fi
    wait "$pid"
    echo "status $?"
    head -n 1 "$tmp/err"
}
