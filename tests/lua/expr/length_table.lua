-- # on tables that are proper sequences.
print(#{}) -- expect: 0
print(#{1, 2, 3}) -- expect: 3
print(#{"a", "b", x = 1, y = 2}) -- expect: 2
local t = {}
for i = 1, 100 do t[i] = i end
print(#t) -- expect: 100
t[#t + 1] = "new"
print(#t, t[101]) -- expect: 101	new
t[101] = nil
print(#t) -- expect: 100
local u = {n = 1}
print(#u) -- expect: 0
