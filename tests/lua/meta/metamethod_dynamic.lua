-- metatable changes take effect immediately
local mt = {}
local t = setmetatable({}, mt)
print(t.x) -- expect: nil
mt.__index = {x = "first"}
print(t.x) -- expect: first
mt.__index = function() return "second" end
print(t.x) -- expect: second
mt.__index = nil
print(t.x) -- expect: nil
