-- Float keys with integral values are the same as integer keys.
local t = {}
t[1] = "one"
print(t[1.0]) -- expect: one
t[2.0] = "two"
print(t[2]) -- expect: two
print(#t) -- expect: 2
t[2^0] = "ONE"
print(t[1]) -- expect: ONE
t[3 / 3 + 2] = "three"
print(t[3], #t) -- expect: three	3
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n) -- expect: 3
