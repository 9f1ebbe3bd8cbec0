# Ctrl-C (SIGINT) stops compiled loops that call nothing, which have no interrupt test of their
# own (-Opatch): the signal handler's lua_sethook re-points their back edges at their interrupt
# exits, and so are the links of side traces that call nothing. Integer and float loops, a
# while loop, nested loops, a loop whose branches run in side traces; each also with -O-patch
# (the test in every iteration). And the machine code of such a loop is shorter by the test.
. tests/cli/data/sigint.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go='io.write("go\n") io.flush()'
for opt in -Opatch -O-patch; do
  sigint_run "$opt" -e "$go local i = 0 while true do i = i + 1 end"
  sigint_run "$opt" -e "$go local s = 0 for i = 1, 1e15 do s = s + i * 0.5 end"
  sigint_run "$opt" -e "$go local t = {} for i = 1, 100 do t[i] = i end local s = 0 while true do for i = 1, 100 do s = s + t[i] end end"
  # side traces of both branches link back to the loop without a test of their own
  sigint_run "$opt" -e "$go local i, a, b = 0, 0, 0 while true do i = i + 1 if i % 3 == 0 then a = a + 1 else b = b + 1 end end"
  # values that move round at the back edge (the site is the jump after the moves)
  sigint_run "$opt" -e "$go local a, b, c = 1, 2, 3 while true do a, b, c = b, c, (a + b + c) % 1000 end"
done
# expect: status 1
# expect: apogee: interrupted!
# expect: status 1
# expect: apogee: interrupted!
# expect: status 1
# expect: apogee: interrupted!
# expect: status 1
# expect: apogee: interrupted!
# expect: status 1
# expect: apogee: interrupted!
# expect: status 1
# expect: apogee: interrupted!
# expect: status 1
# expect: apogee: interrupted!
# expect: status 1
# expect: apogee: interrupted!
# expect: status 1
# expect: apogee: interrupted!
# expect: status 1
# expect: apogee: interrupted!
size() {
  "$LUA" "$1" -jdump=m -e 'local t = {} for i = 1, 100 do t[i] = i * 0.5 end
    local s = 0 for i = 1, 100 do s = s + t[i] end' 2>&1 |
    awk '/^---- TRACE [0-9]+ mcode/ { n += $5 } END { print n }'
}
with=$(size -Opatch)
without=$(size -O-patch)
[ "$with" -lt "$without" ] && echo "shorter"
# expect: shorter
exit 0
