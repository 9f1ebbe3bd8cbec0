-- string.dump produces a loadable binary chunk
local function add(a, b) return a + b end
local d = string.dump(add)
print(type(d), d:sub(1, 4) == "\27Lua")
local f = loadstring(d)
print(f(2, 3))
local g = loadstring(string.dump(function() return "ok" end))
print(g())
print(pcall(string.dump, print))
print(pcall(string.dump, 1))
print(pcall(string.dump))

-- (expected output, from lua5.1)
-- expect: string	true
-- expect: 5
-- expect: ok
-- expect: false	unable to dump given function
-- expect: false	bad argument #1 to '?' (function expected, got number)
-- expect: false	bad argument #1 to '?' (function expected, got no value)
