-- A trace that allocates past the collector's threshold leaves at its next link or loop test,
-- the step is taken there, and the trace the link went to is entered again at once (trace.c,
-- trace_run). Finalizers run in those steps: they count, flush every trace, set a hook.
jit.opt.start("hotloop=2", "hotexit=2")
collectgarbage("setpause", 100)
collectgarbage("setstepmul", 200)

local function make(d)
  if d == 0 then return {} end
  d = d - 1
  return { make(d), make(d) }
end
local function check(t)
  if t[1] then return 1 + check(t[1]) + check(t[2]) end
  return 1
end
local sum = 0
for i = 1, 60 do sum = sum + check(make(8)) end
print(sum)

local finalized, flushed = 0, 0
local proto = newproxy(true)
getmetatable(proto).__gc = function()
  finalized = finalized + 1
  if finalized % 50 == 0 then jit.flush(); flushed = flushed + 1 end
end
local function mk(d)
  local p = newproxy(proto)
  if d == 0 then return { p } end
  return { mk(d - 1), mk(d - 1), p }
end
local function count(t)
  if t[2] then return 1 + count(t[1]) + count(t[2]) end
  return 1
end
local total = 0
for i = 1, 40 do total = total + count(mk(6)) end
collectgarbage("collect")
print(total, finalized >= 40 * 127 - 127, flushed > 0)

-- A hook set by a finalizer: the trace is not entered again while it is on.
local hooked = 0
getmetatable(proto).__gc = function()
  if hooked == 0 then debug.sethook(function() hooked = hooked + 1 end, "", 1000) end
end
local t2 = 0
for i = 1, 30 do t2 = t2 + count(mk(5)) end
debug.sethook()
print(t2, hooked > 0)

-- expect: 30660
-- expect: 5080	true	true
-- expect: 1890	true
