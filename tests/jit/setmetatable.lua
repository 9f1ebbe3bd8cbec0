-- setmetatable(t, mt) inside compiled loops: object constructors (a table made, fields stored,
-- a metatable set) and method calls on the objects made, with the metatable read again after
-- it was set (not taken from before). A table that already has a metatable, a protected one,
-- and a wrong argument go through the C function, with its errors.
jit.opt.start("hotloop=1")

local V = {}
V.__index = V
function V.new(x, y) local o = {} o.x = x o.y = y return setmetatable(o, V) end
function V:len2() return self.x * self.x + self.y * self.y end

local s = 0
local exits = collectgarbage("stop") and jit.util.nexits()   -- (collector steps exit too)
for i = 1, 100 do
  local v = V.new(i, 2)
  s = s + v:len2()
end
print(s) -- expect: 338750
-- The method lookup reads the metatable the trace just set (a stale read would exit each time).
print(jit.util.nexits() - exits < 5, collectgarbage("restart")) -- expect: true	0

-- getmetatable sees what the trace set; the collector keeps the metatables.
local objs = {}
for i = 1, 2000 do local o = {} o.x = i objs[i] = setmetatable(o, (i % 2 == 0) and V or nil) end
collectgarbage()
local n = 0
for i = 1, 2000 do if getmetatable(objs[i]) == V then n = n + 1 end end
print(n, getmetatable(objs[1])) -- expect: 1000	nil

-- A table that has a metatable already: the C function (also when the one set is the same).
local W = {__index = {w = 5}}
local t = setmetatable({}, W)
local m = 0
for i = 1, 10 do setmetatable(t, (i % 2 == 0) and V or W) m = m + (t.w or 0) end
print(m) -- expect: 25
-- Protected metatables and wrong arguments: the errors of setmetatable.
local P = {__metatable = "locked"}
local list = {}
for i = 1, 10 do list[i] = {} end
list[7] = setmetatable({}, P)
print(pcall(function() for i = 1, 10 do setmetatable(list[i], V) end end))
-- expect: false	tests/jit/setmetatable.lua:41: cannot change a protected metatable
local fresh = {}
for i = 1, 10 do fresh[i] = {} end
print(pcall(function() for i = 1, 10 do setmetatable(fresh[i], i < 8 and V or 3) end end))
-- expect: false	tests/jit/setmetatable.lua:45: bad argument #2 to 'setmetatable' (nil or table expected)
print(getmetatable(fresh[7]) == V, getmetatable(fresh[8])) -- expect: true	nil
