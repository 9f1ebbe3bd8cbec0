-- jit.profile.start(mode, cb) / stop(): the callback gets (thread, samples, vmstate) at safe
-- points, the sampled program computes what it computes without the profiler.
local profile = require("jit.profile")

local calls, samples, badargs = 0, 0, 0
local states, names = {}, {}
local main = coroutine.running()
local function busy(n)
  local s = 0
  for i = 1, n do s = s + i % 7 end
  return s
end

profile.start("fi1", function(th, n, vmstate)
  calls = calls + 1
  samples = samples + n
  if type(th) ~= "thread" or type(n) ~= "number" or n < 1 or type(vmstate) ~= "string" then
    badargs = badargs + 1
  end
  states[vmstate] = true
  names[profile.dumpstack(th, "f", 1)] = true
end)
local t0, total = os.clock(), 0
while samples < 20 and os.clock() - t0 < 5 do total = total + busy(100000) end
profile.stop()
print(calls > 0, samples >= 20, badargs) -- expect: true	true	0
print(names.busy) -- expect: true
for k in pairs(states) do
  if not k:match("^[ICGNJ]$") then print("bad state", k) end
end
print(total % 300000) -- expect: 0
-- Nothing after stop.
local after = calls
busy(3000000)
print(calls == after) -- expect: true

-- stop() twice, start again with the default interval.
profile.stop()
local again = 0
profile.start("f", function() again = again + 1 end)
t0 = os.clock()
while again == 0 and os.clock() - t0 < 5 do busy(100000) end
profile.stop()
print(again > 0) -- expect: true

-- Bad arguments.
print(pcall(profile.start, "f")) -- expect: false	bad argument #2 to '?' (function expected, got no value)
print(pcall(profile.start)) -- expect: false	bad argument #1 to '?' (string expected, got no value)
