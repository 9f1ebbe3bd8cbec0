-- Tail calls inside an inlined call: the callee takes the caller's frame and returns where it
-- would have. Checked: results, missing and extra arguments, a chain of tail calls, an exit
-- inside a tail-called function (the frames the interpreter sees afterwards, as a traceback
-- shows them), and recording that must abort (a tail call of a C function).
jit.opt.start("hotloop=1")

local function leaf(x, y) return x * 2 + (y or 100) end
local function mid(x) return leaf(x, 1) end
local function top(x) return mid(x + 1) end
local function extra(x) return leaf(x, 2, 3, 4) end
local function short(x) return leaf(x) end

local s = 0
for i = 1, 50 do s = s + top(i) + extra(i) + short(i) end
print(s) -- expect: 12900

-- Two results through a tail call.
local function pair(a) return a, a + 1 end
local function viapair(a) return pair(a * 2) end
local u, v = 0, 0
for i = 1, 20 do local p, q = viapair(i) u = u + p v = v + q end
print(u, v) -- expect: 420	440

-- An exit inside the tail-called function: the error and the traceback after it.
local function check(x) if x > 40 then error("too big: " .. x) end return x end
local function relay(x) return check(x) end
local ok, msg = pcall(function()
  local t = 0
  for i = 1, 50 do t = t + relay(i) end
  return t
end)
print(ok, msg) -- expect: false	tests/jit/tailcall.lua:25: too big: 41
local tb
xpcall(function()
  for i = 1, 50 do relay(i) end
end, function(m) tb = debug.traceback(m, 1) end)
-- The traceback lists the tail call, as after interpreted code.
for line in tb:gmatch("[^\n]+") do print((line:gsub("^\t", "  "))) end
-- expect: tests/jit/tailcall.lua:25: too big: 41
-- expect: stack traceback:
-- expect:   tests/jit/tailcall.lua:36: in function <tests/jit/tailcall.lua:36>
-- expect:   [C]: in function 'error'
-- expect:   tests/jit/tailcall.lua:25: in function <tests/jit/tailcall.lua:25>
-- expect:   (tail call): ?
-- expect:   tests/jit/tailcall.lua:35: in function <tests/jit/tailcall.lua:34>
-- expect:   [C]: in function 'xpcall'
-- expect:   tests/jit/tailcall.lua:34: in main chunk
-- expect:   [C]: ?

-- A tail call of a C function stays with the interpreter.
local function abs(x) return math.abs(x) end
local function viaabs(x) return abs(x) end
local w = 0
for i = -10, 10 do w = w + viaabs(i) end
print(w) -- expect: 110
