# Recursion unrolled (-Orecunroll=N, 6 by default): fib's trace inlines its calls of itself,
# so its snapshots have several inlined frames; with -Orecunroll=1 it links to itself at the
# first recursive call (up-recursion, one frame). The result is the same either way.
prog='local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end print(fib(27))'
maxframes() { "$LUA" -jdump=i "$@" -e "$prog" 2>&1 | awk '/TRACE 1 IR/,/TRACE 1 stop/' | grep -o 'frames [0-9]*' | awk '{ if ($2 > m) m = $2 } END { print m + 0 }'; }
maxframes -Orecunroll=1
# expect: 1
maxframes | awk '{print ($1 >= 3)}'
# expect: 1
"$LUA" -jv -Orecunroll=1 -e "$prog" 2>&1 | head -1
# expect: [TRACE   1 (command line):1 up-recursion]
"$LUA" -e "$prog"
# expect: 196418
"$LUA" -Orecunroll=1 -e "$prog"
# expect: 196418
"$LUA" -Orecunroll=0 -e "$prog" 2>&1 | grep -c 'recunroll'
# expect: 1
# A call counter in another upvalue, stored at each level, leaves the function known: fib's
# upvalue (a local never assigned after its declaration) is a constant, never loaded; the
# counter (assigned) is loaded and stored through its upvalue.
prog2='local calls = 0 local function fib(k) calls = calls + 1 if k < 2 then return k end return fib(k - 1) + fib(k - 2) end print(fib(27), calls)'
"$LUA" -jdump=i -Ohotloop=5 -e "$prog2" 2>&1 | awk '/TRACE 1 IR/,/TRACE 1 stop/' | grep -c 'fun ULOAD'
# expect: 0
"$LUA" -jdump=i -Ohotloop=5 -e "$prog2" 2>&1 | awk '/TRACE 1 IR/,/TRACE 1 stop/' | grep -c 'num ULOAD'
# expect: 1
"$LUA" -e "$prog2"
# expect: 196418	635621
exit 0
