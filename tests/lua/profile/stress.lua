-- Sampling while coroutines run, errors are thrown and caught, and recursion is deep: the
-- program's results are those it computes unprofiled, and the samples see the right threads.
local profile = require("jit.profile")

local samples, incoroutine, deepest = 0, 0, 0
local main = coroutine.running()   -- nil: the main thread
profile.start("i0.2", function(th, n)
  samples = samples + n
  if th ~= main then incoroutine = incoroutine + n end
  local s = profile.dumpstack(th, "fZ;", -1000)
  local _, d = s:gsub(";", ";")
  if d > deepest then deepest = d end
end)

local function spin(n)
  local s = 0
  for i = 1, n do s = s + i % 3 end
  return s
end

-- Coroutines: a generator ring.
local function gen(k)
  return coroutine.wrap(function()
    for i = 1, 2000 do coroutine.yield(spin(50) + k + i) end
  end)
end
local sum = 0
for r = 1, 10 do
  local gens = {}
  for k = 1, 5 do gens[k] = gen(k) end
  for i = 1, 2000 do
    for k = 1, 5 do sum = sum + gens[k]() end
  end
end
print(sum) -- expect: 105450000
io.stderr:write("samples in coroutines: ", incoroutine, " of ", samples, "\n")
print(incoroutine > 0) -- expect: true

-- Errors thrown and caught (by pcall, error objects, in nested protected calls).
local caught = 0
for i = 1, 20000 do
  local ok, e = pcall(function()
    if i % 2 == 0 then error({ code = i }) end
    local ok2, e2 = pcall(error, "inner " .. i)
    error(e2, 0)
  end)
  if not ok and (type(e) == "table" and e.code == i or e == "inner " .. i) then caught = caught + 1 end
  spin(20)
end
print(caught) -- expect: 20000

-- Deep recursion, also through pcall and metamethods.
local function depth(n)
  if n == 0 then return spin(300000) end
  return 1 + depth(n - 1)
end
local mt = {}
mt.__index = function(t, k) if k == 0 then return spin(300000) end return 1 + t[k - 1] end
local deep = setmetatable({}, mt)
local r1 = depth(3000)
local ok, r2 = pcall(function() return deep[150] end)
print(r1, ok, r2) -- expect: 303000	true	300150
profile.stop()
print(samples > 0, deepest >= 2) -- expect: true	true
