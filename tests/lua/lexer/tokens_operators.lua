-- Multi-character operator tokens.
print(1 ~= 2) -- expect: true
print(1 == 1) -- expect: true
print(1 <= 1, 2 >= 3) -- expect: true	false
print("a".."b") -- expect: ab
print(1 .. "") -- expect: 1
local function f(...) return select('#', ...) end
print(f(1, 2, 3)) -- expect: 3
print(-  -1) -- expect: 1
print(2^-1) -- expect: 0.5
