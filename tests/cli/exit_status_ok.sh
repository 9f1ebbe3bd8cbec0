# successful runs exit with status 0
$LUA -e 'local x = 1'
echo "rc=$?"
# expect: rc=0
$LUA tests/cli/data/main_varargs.txt >/dev/null
echo "rc=$?"
# expect: rc=0
echo '' | $LUA -
echo "rc=$?"
# expect: rc=0
