# Traces of function entries, read from -jv: a function called often gets a trace starting at
# its first instruction. Its recursion is compiled: a call of itself links to the trace
# ("up-recursion", or "tail-recursion" for a tail call), a return into a frame of the same
# function goes on in the caller (side traces link back: "-> 1"), and no recording aborts on
# the recursion. A return to another caller ends the trace ("-> return"); a loop with a trace
# is linked to ("-> 1"), one without a trace ends it before the loop ("-> interpreter").
jv() { "$LUA" -jv -Ohotloop=1,hotexit=2 -e "$1" 2>&1; }

out=$(jv 'local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end print(fib(20))')
echo "$out" | grep -v TRACE
# expect: 6765
echo "$out" | head -1
# expect: [TRACE   1 (command line):1 up-recursion]
echo "$out" | grep -c -- '---'
# expect: 0
echo "$out" | grep -c -- '-> 1]' | awk '{print ($1 > 0)}'
# expect: 1

out=$(jv 'local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + n) end print(count(1000, 0))')
echo "$out"
# expect: [TRACE   1 (command line):1 tail-recursion]
# expect: 500500

out=$(jv 'local function sq(x) return x * x end local s = 0 for _, v in ipairs({1, 2, 3, 4}) do s = s + sq(v) end print(s)')
echo "$out" | grep -v -- '---'
# expect: [TRACE   1 (command line):1 loop]
# expect: [TRACE   2 (command line):1 -> return]
# expect: 30

out=$(jv 'local function f(x) local t = {} for i = 1, x do t[i] = i end return #t end local s = 0 for _, v in ipairs({5, 6, 7}) do s = s + f(v) end print(s)')
echo "$out" | grep -v -- '---'
# expect: [TRACE   1 (command line):1 loop]
# expect: [TRACE   2 (command line):1 -> 1]
# expect: [TRACE   3 (1/5) (command line):1 loop]
# expect: [TRACE   4 (1/1) (command line):1 loop]
# expect: 18

# The loop in f runs only from f's fourth call on (x = 0 before): f's trace, recorded at its
# second call, ends before the loop. (The calls are not made by a loop: its trace, recorded
# through f's loop that runs no iteration, would be the first.)
out=$(jv 'local function f(x) local t = {} for i = 1, x do t[i] = i end return #t end print(f(0) + f(0) + f(0) + f(5) + f(6) + f(7))')
echo "$out" | grep -v -- '---' | head -1
# expect: [TRACE   1 (command line):1 -> interpreter]
echo "$out" | tail -1
# expect: 18

# A loop calling a recursive function that has a trace of its entry: the loop's own trace ends
# with a link to it ("-> 1"; the loop goes round in the interpreter, which enters the trace
# again) rather than aborting on the recursion each time it is hot.
out=$(jv 'local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end local s = 0 for i = 1, 50 do s = s + depth(i % 7) end print(s)')
echo "$out" | grep -c -- '---' || true
# expect: 0
echo "$out" | sed -n 2p
# expect: [TRACE   2 (command line):1 -> 1]
echo "$out" | tail -1
# expect: 148
