-- More library functions called from compiled code: collectgarbage (a full collection inside
-- the loop runs finalizers, Lua code, above the call: FF_CCALLLUA), os.getenv, coroutine.create,
-- status and running, newproxy and loadstring (FF_CCALL).
jit.opt.start("hotloop=2", "hotexit=2")

local finalized = 0
local live = {}
local proto = newproxy(true)
getmetatable(proto).__gc = function() finalized = finalized + 1 end
for i = 1, 30 do
  local p = newproxy(proto)   -- shares proto's metatable, so its __gc
  if i % 10 == 0 then collectgarbage("collect") end
  live[1] = p   -- only the newest one survives a collection
end
collectgarbage("collect")
print(finalized >= 28, finalized <= 30, type(collectgarbage("count"))) -- expect: true	true	number

local statuses = {}
local co
for i = 1, 20 do
  co = coroutine.create(function() return coroutine.running() end)
  statuses[#statuses + 1] = coroutine.status(co)
  if i % 2 == 0 then coroutine.resume(co) statuses[#statuses] = coroutine.status(co) end
end
print(statuses[1], statuses[2], statuses[19], statuses[20]) -- expect: suspended	dead	suspended	dead
local main = coroutine.running()
print(main) -- expect: nil

local env, sum = nil, 0
for i = 1, 20 do
  env = os.getenv("APOGEE_SURELY_NOT_SET_" .. (i % 2))
  local f = loadstring("return " .. i .. " * 2")
  sum = sum + f()
end
print(env, sum) -- expect: nil	420
local bad = 0
for i = 1, 10 do if loadstring("return +") == nil then bad = bad + 1 end end
print(bad) -- expect: 10
