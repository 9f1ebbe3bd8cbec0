# with no arguments at all and stdin not a terminal, the chunk is read from stdin
printf 'print("piped", 1 + 1)\n' | $LUA
# expect: piped	2
printf 'print(select("#", ...))\n' | $LUA
# expect: 0
printf 'x = = 1\n' | $LUA 2>&1 >/dev/null | head -1 | sed 's/^[^:]*: //'
# expect: stdin:1: unexpected symbol near '='
