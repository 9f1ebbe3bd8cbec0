-- the result of __eq is converted to a boolean
local mt = {__eq = function(a, b) return a.id == b.id and "yes" or nil end}
local x = setmetatable({id = 1}, mt)
local y = setmetatable({id = 1}, mt)
local z = setmetatable({id = 2}, mt)
print(x == y, x == z) -- expect: true	false
print(x ~= y, x ~= z) -- expect: false	true
print(rawequal(x, y), rawequal(x, x)) -- expect: false	true
