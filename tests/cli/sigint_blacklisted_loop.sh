# Ctrl-C (SIGINT) stops a loop the JIT has blacklisted (ILOOP: no counter, no call, no trace):
# the loop tests the hook bits the signal handler sets, and the count hook raises lua5.1's
# "interrupted!". A loop with no call under -joff too. Each program says "go" once its
# handler is installed and its loop is about to start; the signal is sent after that.
run() {
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
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go='io.write("go\n") io.flush()'
run -e "$go while true do local t = {} t.x = 1 end"
# expect: status 1
# expect: apogee: interrupted!
run -joff -e "$go local i = 0 while true do i = i + 1 end"
# expect: status 1
# expect: apogee: interrupted!
run -e "$go local n = 0 for i = 1, 1e15 do local t = {} t.y = i n = n + 1 end"
# expect: status 1
# expect: apogee: interrupted!
