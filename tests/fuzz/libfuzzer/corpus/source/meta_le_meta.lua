-- __le for <= and >=
local mt = {__le = function(a, b) return a.n <= b.n end}
local a = setmetatable({n = 1}, mt)
local b = setmetatable({n = 2}, mt)
print(a <= b, b <= a, a <= a) -- expect: true	false	true
print(a >= b, b >= a) -- expect: false	true
print(pcall(function() return a < b end)) -- expect: false	tests/lua/meta/le_meta.lua:7: attempt to compare two table values
