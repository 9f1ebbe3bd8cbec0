-- next walks the table; next of an empty table is nil.
print(next({})) -- expect: nil
local t = {x = 1}
local k, v = next(t)
print(k, v) -- expect: x	1
print(next(t, k)) -- expect: nil
local u = {10, 20, 30}
local sum, n = 0, 0
local key = next(u)
while key do sum = sum + u[key]; n = n + 1; key = next(u, key) end
print(n, sum) -- expect: 3	60
print(pcall(next, {}, "nokey")) -- expect: false	invalid key to 'next'
