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
# Ackermann's function: a side trace from the exit of its trace (m == 0) returns below its
# start, then the caller tail-calls the function again (`return ack(m - 1, v)`); the side
# trace goes on through that call, which returns again (up to four returns, JIT_MAXRETF), rather
# than linking to the function's trace at once. Results and a traceback through those frames
# (their tail calls counted) as the interpreter's.
prog3='local function ack(m, n)
  if m == 0 then
    if TRIP and n == 200 then error("deep") end
    return n + 1
  end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
local s = 0
for i = 1, 40 do s = s + ack(3, 4) + ack(2, i) end
print(s)
TRIP = true
print(pcall(ack, 3, 5))
print(select(2, xpcall(function() return ack(3, 5) end, debug.traceback)))'
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$LUA" -jdump=i -e "$prog3" 2>&1 | awk '/^---- TRACE [0-9]+ IR/ { n = 0 } /RETF/ { n++ }
  /^---- TRACE [0-9]+ stop/ { if (n > m) m = n } END { print (m >= 3) }'
# expect: 1
"$LUA" -e "$prog3" > "$tmp/ack_jit.txt" 2>&1
"$LUA" -joff -e "$prog3" > "$tmp/ack_joff.txt" 2>&1
head -2 "$tmp/ack_jit.txt"
# expect: 6760
# expect: false	(command line):3: deep
cmp -s "$tmp/ack_jit.txt" "$tmp/ack_joff.txt" && echo same tracebacks
# expect: same tracebacks
grep -c 'tail call' "$tmp/ack_jit.txt"
# expect: 4
# A loop written as tail recursion after such a return (g's `return g(n - 1, acc + 1)` once
# the side trace returned from the inner g(3, acc)): one tail call is gone through for each
# return, then the trace links (to g's tail-recursion trace) instead of unrolling the loop.
prog4='local function g(n, acc)
  if n <= 0 then return acc end
  if n % 7 == 0 then return g(n - 1, g(3, acc)) end
  return g(n - 1, acc + 1)
end
local s = 0
for i = 1, 3000 do s = s + g(200 + i % 50, i) end
print(s)'
"$LUA" -jdump=i -e "$prog4" 2>&1 | awk '/^---- TRACE [0-9]+ IR/ { r = 0; t = 0 } /RETF/ { r++ } /TAILF/ { t++ }
  /^---- TRACE [0-9]+ stop/ { if (t > r + 1) bad++ } END { print bad + 0 }'
# expect: 0
"$LUA" -e "$prog4"
# expect: 5364840
exit 0
