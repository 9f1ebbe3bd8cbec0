-- rawget and rawset on plain tables
local t = {}
rawset(t, "k", "v")
print(rawget(t, "k"), t.k) -- expect: v	v
rawset(t, 1, "one")
print(t[1], rawget(t, 1), rawget(t, 2)) -- expect: one	one	nil
print(pcall(rawset, t, nil, 1)) -- expect: false	table index is nil
print(pcall(rawset, t, "x")) -- expect: false	bad argument #3 to '?' (value expected)
print(pcall(rawget, "str", 1)) -- expect: false	bad argument #1 to '?' (table expected, got string)
