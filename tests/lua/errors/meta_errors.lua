-- errors raised inside metamethods propagate through pcall
local mt = {}
mt.__index = function(t, k) error("no field " .. k, 0) end
mt.__newindex = function(t, k, v) error("read-only", 0) end
mt.__add = function(a, b) error("cannot add") end
mt.__call = function(self, x) error({code = x}) end
local obj = setmetatable({}, mt)
print(pcall(function() return obj.foo end)) -- expect: false	no field foo
print(pcall(function() obj.bar = 1 end)) -- expect: false	read-only
print(pcall(function() return obj + 1 end)) -- expect: false	tests/lua/errors/meta_errors.lua:5: cannot add
local ok, e = pcall(function() obj(99) end)
print(ok, e.code) -- expect: false	99
print(rawget(obj, "bar")) -- expect: nil
