-- ipairs iterates 1..n and stops at the first nil.
local s = ""
for i, v in ipairs({"a", "b", "c"}) do s = s .. i .. v end
print(s) -- expect: 1a2b3c
local n = 0
for i, v in ipairs({1, 2, nil, 4}) do n = n + 1 end
print(n) -- expect: 2
for i, v in ipairs({}) do n = n + 1 end
print(n) -- expect: 2
local t = {10, 20, x = "x", [0] = 0}
local sum = 0
for _, v in ipairs(t) do sum = sum + v end
print(sum) -- expect: 30
