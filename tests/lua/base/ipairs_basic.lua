-- ipairs stops at the first nil
local t = {1, 2, nil, 4}
local n = 0
for i, v in ipairs(t) do n = i end
print(n) -- expect: 2
local out = ""
for i, v in ipairs({"a", "b", "c"}) do out = out .. i .. v end
print(out) -- expect: 1a2b3c
for i in ipairs({}) do print("never") end
local f, s, c = ipairs(t)
print(type(f), s == t, c) -- expect: function	true	0
print(f(t, 0)) -- expect: 1	1
print(f(t, 2)) -- expect:
