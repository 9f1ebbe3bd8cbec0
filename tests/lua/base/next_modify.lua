-- clearing fields during traversal is allowed
local t = {}
for i = 1, 10 do t[i] = i end
for k in pairs(t) do t[k] = nil end
print(next(t)) -- expect: nil
local u = {a = 1, b = 2, c = 3}
local n = 0
for k, v in pairs(u) do u[k] = v * 2; n = n + 1 end
print(n, u.a, u.b, u.c) -- expect: 3	2	4	6
