-- Tables grow correctly with many insertions of both kinds.
local t = {}
for i = 1, 1000 do t[i] = i end
for i = 1, 1000 do t["s" .. i] = i end
print(#t) -- expect: 1000
local n, sum = 0, 0
for k, v in pairs(t) do n = n + 1; sum = sum + v end
print(n, sum) -- expect: 2000	1001000
print(t[500], t.s500) -- expect: 500	500
for i = 1, 1000, 2 do t["s" .. i] = nil end
n = 0
for k, v in pairs(t) do n = n + 1 end
print(n) -- expect: 1500
