-- next over the array part visits 1..n in order
local t = {"a", "b", "c", "d"}
local k, v = next(t)
local out = ""
while k do out = out .. k .. v .. " "; k, v = next(t, k) end
print(out .. "|") -- expect: 1a 2b 3c 4d |
local n = 0
for k in pairs({[1.5] = 1, [true] = 2, x = 3, [print] = 4}) do n = n + 1 end
print(n) -- expect: 4
