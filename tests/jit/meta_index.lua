-- Method calls and field reads through __index tables, and stores into tables that have a
-- metatable, in compiled loops. Every guard the trace relies on is broken on a later pass
-- (a field that now shadows the method, another metatable, __index replaced by a function or
-- removed, __newindex added, a field set to nil) and the result must stay the interpreter's.
jit.opt.start("hotloop=1")

local Base = {}
Base.__index = Base
function Base.new(x) return setmetatable({x = x}, Base) end
function Base:get() return self.x end
function Base:scale(k) return self.x * k end
local Derived = setmetatable({}, {__index = Base})
Derived.__index = Derived
function Derived.new(x) return setmetatable({x = x, y = 1}, Derived) end
function Derived:gety() return self.y end

local function sum(objs, n)
  local s = 0
  for i = 1, n do
    local o = objs[i]
    s = s + o:get() + o:scale(2)
  end
  return s
end
local objs = {}
for i = 1, 20 do objs[i] = (i % 2 == 0) and Derived.new(i) or Base.new(i) end
print(sum(objs, 20)) -- expect: 630
-- A field in one object shadows the method.
objs[5].get = function(self) return 1000 end
print(sum(objs, 20)) -- expect: 1625
objs[5].get = nil
-- The class's method replaced: the trace reads the class table again.
function Base:scale(k) return self.x * k * 10 end
print(sum(objs, 20)) -- expect: 4410
-- An object moved to another metatable.
setmetatable(objs[7], {__index = function(t, k) return function() return -1 end end})
print(sum(objs, 20)) -- expect: 4261
setmetatable(objs[7], Base)
-- __index of a class replaced by a function, then removed.
Derived.__index = function(t, k) return Base[k] end
print(sum(objs, 20)) -- expect: 4410
Derived.__index = nil
print(pcall(sum, objs, 20)) -- expect: false	tests/jit/meta_index.lua:21: attempt to call method 'get' (a nil value)
Derived.__index = Derived

-- Globals read through the environment's __index.
local env = setmetatable({}, {__index = _G})
local function useglobals(n)
  local s = 0
  for i = 1, n do s = s + math.floor(i / 2) end
  return s
end
setfenv(useglobals, env)
print(useglobals(10)) -- expect: 25
env.math = {floor = function(x) return 1 end}
print(useglobals(10)) -- expect: 10

-- Stores into objects with a metatable: an existing field is stored raw.
local function bump(objs, n)
  for i = 1, n do local o = objs[i] o.x = o.x + 1 end
end
bump(objs, 20)
print(objs[1].x, objs[2].x, objs[20].x) -- expect: 2	3	21
-- A field set to nil: the next store goes through __newindex if there is one.
local log = {}
local Logged = {__index = Base, __newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v) end}
local lo = {}
for i = 1, 6 do lo[i] = setmetatable({x = i}, Logged) end
bump(lo, 6)
print(lo[1].x, lo[6].x, #log) -- expect: 2	7	0
lo[3].x = nil
bump(lo, 2)
print(pcall(bump, lo, 6)) -- expect: false	tests/jit/meta_index.lua:60: attempt to perform arithmetic on field 'x' (a nil value)
-- Number keys stored into a table whose metatable has no __newindex, then gets one.
local arrmt = {}
local function fill(t, n) for i = 1, n do t[i] = i end return t end
local a = fill(setmetatable({}, arrmt), 10)
print(#a, a[10]) -- expect: 10	10
local seen = 0
arrmt.__newindex = function(t, k, v) seen = seen + 1 end
local b = fill(setmetatable({}, arrmt), 10)
print(#b, seen) -- expect: 0	10
-- A metamethod's name as a key is stored by the interpreter (the absence cache).
local mt = {}
local c = setmetatable({}, mt)
local got = {}
for i = 1, 3 do
  got[i] = tostring(c.v)
  mt.__index = {v = i}
end
print(got[1], got[2], got[3], c.v) -- expect: nil	1	2	3

