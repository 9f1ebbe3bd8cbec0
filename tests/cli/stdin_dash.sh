# '-' reads the script from stdin
echo 'print("from stdin")' | $LUA -
# expect: from stdin
printf 'print(...)\nprint(arg[0])\n' | $LUA - one two
# expect: one	two
# expect: -
echo 'error("stdin error")' | $LUA - 2>&1 | head -1 | sed 's/^[^:]*: //'
# expect: stdin:1: stdin error
