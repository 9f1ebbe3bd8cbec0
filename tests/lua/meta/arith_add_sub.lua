-- __add and __sub
local V = {}
V.__add = function(a, b) return "add(" .. tostring(a) .. "," .. tostring(b) .. ")" end
V.__sub = function(a, b) return "sub" end
V.__tostring = function() return "V" end
local v = setmetatable({}, V)
print(v + 1) -- expect: add(V,1)
print(1 + v) -- expect: add(1,V)
print(v + v) -- expect: add(V,V)
print(v - 2, 2 - v) -- expect: sub	sub
print("3" + v) -- expect: add(3,V)
