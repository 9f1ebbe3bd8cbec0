# fib called in a loop (its counter runs out at some call of the recursion, often a leaf): the
# function's trace is recorded from a call that goes deeper (a leaf's return starts the
# recording again at the next call), so it unrolls the recursion. Read from -jv.
prog='local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local s = 0
for i = 1, 2000 do s = s + fib(12) end
print(s)'
out=$("$LUA" -jv -e "$prog" 2>&1)
echo "$out" | grep -v TRACE
# expect: 288000
echo "$out" | head -1
# expect: [TRACE   1 (command line):1 up-recursion]
# No abort: the leaf's return restarts the recording without an abort counted against it.
echo "$out" | grep -c 'TRACE ---'
# expect: 0
# A linear recursion called in a loop: its trace ends at the RET (-> return) and the returns
# through its frames get a trace that links to itself (down-recursion), which the traces that
# end at that RET jump to.
prog2='local function sum(t, i) if i > #t then return 0 end return t[i] + sum(t, i + 1) end
local t = {1, 2, 3, 4, 5, 6, 7, 8}
local s = 0
for i = 1, 3000 do s = s + sum(t, 1) end
print(s)'
out=$("$LUA" -jv -e "$prog2" 2>&1)
echo "$out" | grep -v TRACE
# expect: 108000
echo "$out" | grep -c 'TRACE ---'
# expect: 0
echo "$out" | grep -c '^\[TRACE  *[0-9]* (command line):1 down-recursion\]'
# expect: 1
"$LUA" -joff -e "$prog2"
# expect: 108000
exit 0
