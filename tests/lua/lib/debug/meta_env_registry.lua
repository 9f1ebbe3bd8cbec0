-- getmetatable/setmetatable, getfenv/setfenv, getregistry
local t = setmetatable({}, {__metatable = "protected"})
print(getmetatable(t), type(debug.getmetatable(t)))
print(debug.setmetatable(10, {__index = {twice = function(n) return n * 2 end}}))
print((5):twice())
print(debug.setmetatable(10, nil))
print(debug.getmetatable(10))
print(pcall(debug.setmetatable, {}, 1))
print(type(debug.getregistry()))
local function f() return gv end
local env = {gv = "from env"}
print(debug.setfenv(f, env) == f)
print(f(), debug.getfenv(f) == env)
print(debug.getfenv(print) == _G)
print(pcall(debug.setfenv, f, 1))
print(pcall(debug.setfenv, 1, {}))
print(debug.getfenv(1))

-- (expected output, from lua5.1)
-- expect: protected	table
-- expect: true
-- expect: 10
-- expect: true
-- expect: nil
-- expect: false	bad argument #2 to '?' (nil or table expected)
-- expect: table
-- expect: true
-- expect: from env	true
-- expect: true
-- expect: false	bad argument #2 to '?' (table expected, got number)
-- expect: false	'setfenv' cannot change environment of given object
-- expect: nil
