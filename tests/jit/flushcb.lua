-- jit.flush() called while compiled code waits in a library call (a sort's comparison, a
-- gsub replacement, a coroutine resumed from a trace): the flush waits until the call returns
-- and the trace has left; results as the interpreter's.
jit.opt.start("hotloop=2", "hotexit=2")
local n = 0
local function cmp(a, b)
  n = n + 1
  if n % 97 == 0 then jit.flush() end
  return a < b
end
local out = {}
for r = 1, 30 do
  local t = {}
  for i = 1, 12 do t[i] = (i * 7 + r) % 13 end
  table.sort(t, cmp)
  out[#out + 1] = t[1] + t[12] * 2
end
print(table.concat(out, ","))
local s = 0
for r = 1, 50 do
  local x = ("a1b2c3"):gsub("%d", function(d) if r % 7 == 0 then jit.flush() end return d * 2 end)
  s = s + #x
end
print(s)
local co = coroutine.wrap(function()
  local i = 0
  while true do i = i + 1; if i % 11 == 0 then jit.flush() end coroutine.yield(i) end
end)
local acc = 0
for i = 1, 100 do acc = acc + co() end
print(acc)
-- An error out of the callback: the count of suspended calls comes back, and a later flush
-- is done at once.
for i = 1, 20 do
  pcall(table.sort, {3, 1, 2}, function(a, b) if i % 3 == 0 then error("x") end return a < b end)
end
jit.flush()
print(jit.util.ntraces())

-- expect: 24,24,24,24,24,24,24,24,24,24,24,22,25,24,24,24,24,24,24,24,24,24,24,24,22,25,24,24,24,24
-- expect: 300
-- expect: 5050
-- expect: 0
