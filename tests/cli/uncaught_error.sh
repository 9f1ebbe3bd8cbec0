# an uncaught runtime error exits with status 1 and reports the position
$LUA tests/cli/data/fails.txt 2>/dev/null
echo "rc=$?"
# expect: partial output
# expect: rc=1
$LUA tests/cli/data/fails.txt 2>&1 >/dev/null | head -1 | sed 's/^[^:]*: //'
# expect: tests/cli/data/fails.txt:3: attempt to index local 't' (a nil value)
