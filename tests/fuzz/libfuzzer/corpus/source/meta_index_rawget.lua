-- rawget bypasses __index
local t = setmetatable({a = 1}, {__index = function() return "meta" end})
print(t.a, t.b) -- expect: 1	meta
print(rawget(t, "a"), rawget(t, "b")) -- expect: 1	nil
print(pcall(rawget, 5, 1)) -- expect: false	bad argument #1 to '?' (table expected, got number)
print(pcall(rawget, {})) -- expect: false	bad argument #2 to '?' (value expected)
