-- Length of sequences grown and shrunk from the end.
local t = {}
print(#t) -- expect: 0
for i = 1, 10 do t[#t + 1] = i * i end
print(#t, t[10]) -- expect: 10	100
t[#t] = nil
t[#t] = nil
print(#t) -- expect: 8
for i = #t, 1, -1 do t[i] = nil end
print(#t) -- expect: 0
local s = {n = 3, "a", "b", "c"}
print(#s) -- expect: 3
