# The generic for compiled (docs/JIT.md 29): loops over ipairs, pairs and a Lua iterator get
# traces of their own ("loop" in -jv) and none of them aborts (their keys keep one type).
# hotexit is set here (make test-jit sets APOGEE_HOTEXIT=1).
prog='local t, h = {}, {} for i = 1, 40 do t[i] = i; h["k" .. i] = i end
local function f() local s = 0 for i, v in ipairs(t) do s = s + v end for k, v in pairs(h) do s = s + v end return s end
local n = 0 for r = 1, 30 do n = n + f() end print(n)'
out=$("$LUA" -jv -Ohotloop=3,hotexit=5 -e "$prog" 2>&1)
echo "$out" | grep -v TRACE
# expect: 49200
echo "$out" | grep -c 'TFORCALL\|type instability'
# expect: 0
echo "$out" | grep -c '^\[TRACE *[0-9]* (command line):2 loop\]$'
# expect: 2
# ipairs' step is computed in the trace (no call): the loop body has no CALLC.
"$LUA" -jdump=i -Ohotloop=3,hotexit=1000 -e 'local t = {} for i = 1, 50 do t[i] = i end local s = 0 for i, v in ipairs(t) do s = s + v end print(s)' 2>&1 | sed -n '/TRACE 2 IR/,$p' | grep -c CALLC
# expect: 0

exit 0
