-- rawset bypasses __newindex and returns the table
local count = 0
local t = setmetatable({}, {__newindex = function() count = count + 1 end})
t.a = 1
print(count, rawget(t, "a")) -- expect: 1	nil
print(rawset(t, "a", 2) == t) -- expect: true
print(t.a, count) -- expect: 2	1
t.a = 3
print(t.a, count) -- expect: 3	1
print(pcall(rawset, 1, 2, 3)) -- expect: false	bad argument #1 to '?' (table expected, got number)
