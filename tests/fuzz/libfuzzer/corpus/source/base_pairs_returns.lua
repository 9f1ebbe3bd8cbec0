-- pairs returns next, the table and nil
local t = {}
local f, s, c = pairs(t)
print(type(f), s == t, c) -- expect: function	true	nil
print(f(t)) -- expect: nil
t.only = 1
print(f(t)) -- expect: only	1
print(select('#', pairs(t))) -- expect: 3
