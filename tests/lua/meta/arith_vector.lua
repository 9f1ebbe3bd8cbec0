-- a small vector type using arithmetic metamethods
local Vec = {}
Vec.__index = Vec
local function new(x, y) return setmetatable({x = x, y = y}, Vec) end
Vec.__add = function(a, b) return new(a.x + b.x, a.y + b.y) end
Vec.__sub = function(a, b) return new(a.x - b.x, a.y - b.y) end
Vec.__mul = function(a, b)
  if type(a) == "number" then return new(a * b.x, a * b.y) end
  return new(a.x * b, a.y * b)
end
Vec.__unm = function(a) return new(-a.x, -a.y) end
Vec.__tostring = function(v) return "(" .. v.x .. "," .. v.y .. ")" end
local a, b = new(1, 2), new(10, 20)
print(tostring(a + b)) -- expect: (11,22)
print(tostring(b - a)) -- expect: (9,18)
print(tostring(a * 3), tostring(3 * a)) -- expect: (3,6)	(3,6)
print(tostring(-a)) -- expect: (-1,-2)
print(tostring((a + b) * 2 - a)) -- expect: (21,42)
