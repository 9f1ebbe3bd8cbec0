# Side traces that close a loop of their own (docs/JIT.md 28), seen in -jv: a side trace of a
# for loop's root trace ends with "loop" rather than "-> 1"; -Osideloop=0 turns it off.
# hotexit is set here (make test-jit sets APOGEE_HOTEXIT=1).
prog='local a, b = 0, 0 for i = 1, 3000 do if (i * 7919) % 101 < 30 then a = a + i else b = b + 1 end end print(a, b)'
"$LUA" -jv -Ohotloop=5,hotexit=5 -e "$prog" 2>&1 | grep -c '^\[TRACE *[0-9]* ([0-9]*/[0-9]*) .* loop\]$'
# expect: 4
"$LUA" -jv -Ohotloop=5,hotexit=5,sideloop=0 -e "$prog" 2>&1 | grep -c '^\[TRACE *[0-9]* ([0-9]*/[0-9]*) .* loop\]$'
# expect: 0
"$LUA" -Ohotloop=5,hotexit=5 -e "$prog"
# expect: 1333899	2110
