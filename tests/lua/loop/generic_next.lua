-- for k, v in next, t is equivalent to pairs.
local t = {a = 1, b = 2, c = 3}
local sum = 0
for k, v in next, t do sum = sum + v end
print(sum) -- expect: 6
local n = 0
for k in next, {} do n = n + 1 end
print(n) -- expect: 0
local f, s, c = pairs(t)
print(type(f), s == t, c) -- expect: function	true	nil
local f2, s2, c2 = ipairs(t)
print(type(f2), s2 == t, c2) -- expect: function	true	0
