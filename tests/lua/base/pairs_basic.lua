-- pairs visits every key exactly once
local t = {10, 20, 30, x = 1, y = 2}
local sum, count = 0, 0
for k, v in pairs(t) do sum = sum + v; count = count + 1 end
print(sum, count) -- expect: 63	5
local keys = {}
for k in pairs({a = 1, b = 2, c = 3}) do keys[k] = true end
print(keys.a, keys.b, keys.c) -- expect: true	true	true
for k, v in pairs({}) do print("never") end
print(pcall(pairs)) -- expect: false	bad argument #1 to '?' (table expected, got no value)
print(pcall(pairs, "str")) -- expect: false	bad argument #1 to '?' (table expected, got string)
