-- A tail call from a side trace's first frame to a function with a frame of the same size
-- (ack's return ack(m - 1, ...)): TAILF leaves the frame's top as it is (no room check) but
-- still sets L->top and counts the tail call. Results, tracebacks and errors as the
-- interpreter's.
jit.opt.start("hotloop=1", "hotexit=1")

local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3), ack(3, 3))

-- Two functions of one size calling each other in tail position, values from a call with
-- several results in between, then a traceback that shows the tail calls.
local pong
local function ping(n, acc, ...)
  if n == 0 then return acc, select("#", ...) end
  local a, b = string.byte("xy", 1, 2)
  return pong(n - 1, acc + a - b, a, b)
end
function pong(n, acc, ...)
  if n == 0 then return acc, select("#", ...) end
  local a, b = string.byte("yx", 1, 2)
  return ping(n - 1, acc + a - b, a, b)
end
for k = 1, 5 do print(ping(k * 7, 0)) end

local function s1(n)
  local x, y = n, n + 1
  if n == 0 then return debug.traceback("tb", 1) end
  return s1(n - 1)
end
local tb
for _ = 1, 20 do tb = s1(3) end
print((tb:gsub("\n[^\n]*%[C%][^\n]*", "")))

local function e1(n)
  local x, y = n, n + 1
  if n == 0 then error("bottom " .. x .. y) end
  return e1(n - 1)
end
for _ = 1, 4 do print(pcall(e1, 5)) end
-- expect: 9	61
-- expect: -1	2
-- expect: 0	2
-- expect: -1	2
-- expect: 0	2
-- expect: -1	2
-- expect: tb
-- expect: stack traceback:
-- expect: 	tests/jit/tailsame.lua:31: in function <tests/jit/tailsame.lua:29>
-- expect: 	(tail call): ?
-- expect: 	(tail call): ?
-- expect: 	(tail call): ?
-- expect: 	tests/jit/tailsame.lua:35: in main chunk
-- expect: false	tests/jit/tailsame.lua:40: bottom 01
-- expect: false	tests/jit/tailsame.lua:40: bottom 01
-- expect: false	tests/jit/tailsame.lua:40: bottom 01
-- expect: false	tests/jit/tailsame.lua:40: bottom 01
