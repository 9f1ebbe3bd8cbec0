-- Multiple results as call arguments.
local function two() return "a", "b" end
local function count(...) return select('#', ...) end
print(count(two())) -- expect: 2
print(count(two(), two())) -- expect: 3
print(count(two(), nil)) -- expect: 2
print(count(nil, two())) -- expect: 3
local function cat(a, b, c) return tostring(a) .. tostring(b) .. tostring(c) end
print(cat(two())) -- expect: abnil
print(cat("x", two())) -- expect: xab
print(cat(two(), "y")) -- expect: aynil
