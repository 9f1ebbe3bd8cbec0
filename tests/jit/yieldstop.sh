# coroutine.yield in a compiled loop (the trace's first frame): a loop with real work around
# the yield is compiled up to the call and ends there ("-> interpreter": the interpreter
# yields, and the resumed coroutine enters the trace again when it comes round); a loop that
# does little but yield is blacklisted at its first attempt (one abort, no retries), since the
# interpreter runs it faster than a trace's entry and exit per yield.
prog='local co = coroutine.wrap(function()
  local acc, t = 0, { 0, 0, 0, 0, 0, 0, 0 }
  for i = 1, 100000 do
    t[i % 7 + 1] = i
    acc = acc + t[(i + 3) % 7 + 1] * 2 - (i % 5) + #t
    if i % 3 == 0 then acc = acc - 1 end
    coroutine.yield(acc)
  end
end)
local last
for k = 1, 2000 do last = co() end
local ring = coroutine.wrap(function(x) while true do x = coroutine.yield(x - 1) end end)
local v = 1000
for k = 1, 500 do v = ring(v) end
print(last, v)'
out=$("$LUA" -jv -Ohotloop=5,hotexit=5 -e "$prog" 2>&1)
echo "$out" | grep -v TRACE
# expect: 3995346	500
echo "$out" | grep -c 'TRACE *[0-9]* \(([0-9]*/[0-9]*) \)\?(command line):[36] -> interpreter'
# expect: 2
echo "$out" | grep -c 'little else'
# expect: 1
echo "$out" | grep -c '(command line):12 -- blacklisted'
# expect: 1
exit 0
