# Ctrl-C (SIGINT) stops a loop the JIT has blacklisted (ILOOP: no counter, no call, no trace):
# the loop tests the hook bits the signal handler sets, and the count hook raises lua5.1's
# "interrupted!". A loop with no call under -joff too. Each program says "go" once its
# handler is installed and its loop is about to start; the signal is sent after that.
. tests/cli/data/sigint.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go='io.write("go\n") io.flush()'
sigint_run -e "$go while true do local t = {} t.x = 1 end"
# expect: status 1
# expect: apogee: interrupted!
sigint_run -joff -e "$go local i = 0 while true do i = i + 1 end"
# expect: status 1
# expect: apogee: interrupted!
sigint_run -e "$go local n = 0 for i = 1, 1e15 do local t = {} t.y = i n = n + 1 end"
# expect: status 1
# expect: apogee: interrupted!
