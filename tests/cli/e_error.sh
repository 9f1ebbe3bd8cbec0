# an error in an -e chunk exits with status 1
$LUA -e 'error("bad -e")' 2>&1 | head -1 | sed 's/^[^:]*: //'
# expect: (command line):1: bad -e
$LUA -e 'error("bad -e")' 2>/dev/null
echo "rc=$?"
# expect: rc=1
$LUA -e 'x = = 1' 2>&1 | head -1 | sed 's/^[^:]*: //'
# expect: (command line):1: unexpected symbol near '='
$LUA -e 'print("ok")' -e 'error("second", 0)' 2>/dev/null
echo "rc=$?"
# expect: ok
# expect: rc=1
