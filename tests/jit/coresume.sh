# coroutine.resume called from a trace (FF_CCALLLUA): the resuming loop compiles ("loop" in
# -jv), and the coroutine's own hot loop, met while the loop is being recorded, waits instead
# of interrupting that recording. hotexit is set here (make test-jit sets APOGEE_HOTEXIT=1).
prog='local co = coroutine.create(function(v) while true do v = coroutine.yield(v + 1) end end)
local v = 0
for i = 1, 100 do local ok, r = coroutine.resume(co, v) v = r end
print(v)'
out=$("$LUA" -jv -Ohotloop=3,hotexit=5 -e "$prog" 2>&1)
echo "$out" | grep -v TRACE
# expect: 100
echo "$out" | grep -c 'recording interrupted'
# expect: 0
echo "$out" | grep -c '^\[TRACE *[0-9]* (command line):3 loop\]$'
# expect: 1
# The wrap function's call is a CALLC in the loop's IR.
"$LUA" -jdump=i -Ohotloop=3,hotexit=1000 -e 'local g = coroutine.wrap(function() local i = 0 while true do i = i + 1 coroutine.yield(i) end end) local s = 0 for i = 1, 50 do s = s + g() end print(s)' 2>&1 | grep -c 'CALLC'
# expect: 2
# coroutine.wrap called from a frame the trace inlined (a generator pipeline that adds a filter
# per prime, as bench/coroutines.lua): a CALLC (FF_CCALL: it makes the coroutine and runs none
# of it), no abort.
prog='local function filter(p, gen)
  return coroutine.wrap(function()
    while true do local x = gen() if x % p ~= 0 then coroutine.yield(x) end end
  end)
end
local gen = coroutine.wrap(function() local i = 2 while true do coroutine.yield(i) i = i + 1 end end)
local s = 0
for _ = 1, 60 do local p = gen() s = s + p gen = filter(p, gen) end
print(s)'
out=$("$LUA" -jv -Ohotloop=3,hotexit=5 -e "$prog" 2>&1)
echo "$out" | grep -v TRACE
# expect: 7699
echo "$out" | grep -c 'call of a C function'
# expect: 0
exit 0
