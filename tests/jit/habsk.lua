jit.opt.start("hotloop=1")
-- A constant key absent from a table (or holding nil) is one guard that walks the key's chain
-- (HABSK); with the table's size known from a field read (HREFK), from the node the key's hash
-- gives. The key appearing in the middle of a loop, in the object or in its class, through
-- the trace's own store, a store in the interpreter, rawset or a table of another size, must
-- be seen at once.
local C = {}
C.__index = C
function C:get() return self.v end
local function sum(objs, n)
  local s = 0
  for i = 1, n do
    local o = objs[i % #objs + 1]
    s = s + o:get() + (o.bonus or 0)
  end
  return s
end
local objs = {}
for i = 1, 8 do objs[i] = setmetatable({ v = i, w = 0 }, C) end
print(sum(objs, 80)) -- expect: 360
objs[3].bonus = 100                       -- one object gets the key (it grows: another size)
print(sum(objs, 80)) -- expect: 1360
objs[3].bonus = nil                       -- present, nil
print(sum(objs, 80)) -- expect: 360
C.bonus = 1                               -- the class gets it
print(sum(objs, 80)) -- expect: 440
C.bonus = nil
objs[5].get = function(self) return -self.v end   -- the method shadowed in one object
print(sum(objs, 80)) -- expect: 260
objs[5].get = nil
print(sum(objs, 80)) -- expect: 360

-- The trace's own store makes the key present in a later iteration.
local function fill(n)
  local t, seen = { a = 1 }, 0
  for i = 1, n do
    if t.b then seen = seen + 1 end
    if i == 5 then t.b = true end
    if i == 8 then t.b = nil end
  end
  return seen
end
print(fill(10)) -- expect: 3
-- rawset from inside the loop, and a key stored into another table that is the same one.
local function viaraw(t, u, n)
  local c = 0
  for i = 1, n do
    if t.k == nil then c = c + 1 end
    if i == 3 then rawset(t, "k", 1) end
    if i == 6 then u.k = nil end
  end
  return c
end
local tt = { x = 1 }
print(viaraw(tt, tt, 10)) -- expect: 7
print(viaraw({ x = 1 }, {}, 10)) -- expect: 3
