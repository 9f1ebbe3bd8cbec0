# A function that makes no closures returns from its frame in a trace without the check for
# open upvalues: its RETF carries the flag (shown as "noupv" in -jdump=i).
"$LUA" -jdump=i -e 'local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end print(fib(20))' 2>&1 | grep -c 'RETF.*noupv' | awk '{print ($1 > 0)}'
# expect: 1
"$LUA" -jdump=i -e 'local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end print(fib(20))' 2>&1 | grep 'RETF' | grep -vc 'noupv'
# expect: 0
# A tail call to a function of the same frame size (ack's) keeps the frame's top: "sametop".
"$LUA" -jdump=i -e 'local function ack(m, n) if m == 0 then return n + 1 end if n == 0 then return ack(m - 1, 1) end return ack(m - 1, ack(m, n - 1)) end print(ack(2, 9))' 2>&1 | grep 'TAILF' | grep -c 'sametop' | awk '{print ($1 > 0)}'
# expect: 1
exit 0
