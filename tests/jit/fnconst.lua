-- A function whose prototype has only one closure is a constant in the traces that call it
-- (guarded by identity), and so are its upvalues: results stay right when a second closure of
-- the prototype appears later, when its environment changes (setfenv), when an upvalue it
-- shares is written elsewhere, and when its upvalues are open or closed.
jit.opt.start("hotloop=3", "hotexit=3")

-- Upvalues open on the main chunk's locals, one written by the function itself.
local calls = 0
local function fib(k)
  calls = calls + 1
  if k < 2 then return k end
  return fib(k - 1) + fib(k - 2)
end
print(fib(20), calls) -- expect: 6765	21891

-- A maker called once, then again: the second closure of the prototype fails the first one's
-- identity guard, and each keeps its own closed upvalue.
local function counter(step)
  local n = 0
  return function() n = n + step; return n end
end
local c1 = counter(1)
local s = 0
for i = 1, 200 do s = s + c1() end
print(s, c1()) -- expect: 20100	201
local c2 = counter(10)
local fs = { c1, c2 }
s = 0
for i = 1, 300 do s = s + fs[i % 2 + 1]() end
print(s, c1(), c2()) -- expect: 154725	352	1510

-- An upvalue shared with another closure that writes it, outside the loop and inside it.
local function pair()
  local v = 0
  return function() return v end, function(x) v = x end
end
local get, set = pair()
local t = 0
for i = 1, 100 do
  if i % 10 == 0 then set(i) end
  t = t + get()
end
set(-5)
for i = 1, 50 do t = t + get() end
print(t) -- expect: 4350

-- setfenv on the constant closure: its globals are read from the new environment.
local function readg() return gv end
gv = 1
local acc = 0
for i = 1, 100 do acc = acc + readg() end
setfenv(readg, { gv = 1000 })
for i = 1, 100 do acc = acc + readg() end
print(acc) -- expect: 100100

-- A closure whose upvalue is open while the loop runs in its own frame, then closed.
local function outer(n)
  local total = 0
  local function add(x) total = total + x end
  for i = 1, n do add(i) end
  return total, add
end
local tot, add = outer(500)
for i = 1, 100 do add(1) end
print(tot) -- expect: 125250

-- The closure survives a collection and a flush while traces hold it.
local function mk2()
  local hits = 0
  return function(x) hits = hits + x; return hits end
end
local h = mk2()
local r
for i = 1, 100 do r = h(1) end
collectgarbage(); jit.flush()
for i = 1, 100 do r = h(2) end
print(r) -- expect: 300

-- An upvalue open on the main chunk's stack, read and written in a loop whose library call
-- runs Lua code that grows (moves) the stack: where it points is read again after the call.
local up = 0
local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
local function grow()
  local s = 0
  for i = 1, 200 do
    up = up + 1
    if i % 50 == 0 then table.sort({ 3, 1, 2 }, function(a, b) deep(2000 + i) return a < b end) end
    s = s + up
  end
  return s
end
print(grow(), up) -- expect: 20100	200
