-- An error in the profiler's callback is raised in the sampled program, where the sample was
-- taken; pcall catches it, and the profiler can be stopped and started again.
local profile = require("jit.profile")
local function spin()
  local s, t0 = 0, os.clock()
  while os.clock() - t0 < 5 do s = s + 1 end
  return s
end
local raised = false
profile.start("i0.1", function()
  if not raised then raised = true; error("from the callback") end
end)
local ok, e = pcall(spin)
profile.stop()
print(ok, e) -- expect: false	tests/lua/profile/callback_error.lua:11: from the callback
-- The callback cannot yield (it runs on a thread of its own, called from the VM).
local yielded = false
profile.start("i0.1", function()
  if not yielded then yielded = true; coroutine.yield() end
end)
ok, e = pcall(spin)
profile.stop()
print(ok, e) -- expect: false	attempt to yield across metamethod/C-call boundary
-- Samples go on after a caught error.
local n = 0
profile.start("i0.1", function(th, k) n = n + k end)
local t0 = os.clock()
while n < 5 and os.clock() - t0 < 5 do end
profile.stop()
print(n >= 5) -- expect: true
