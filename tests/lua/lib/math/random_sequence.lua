-- the sequence for a fixed seed matches the reference on the same libc
math.randomseed(1234)
local t = {}
for i = 1, 10 do t[i] = math.random(1000) end
print(table.concat(t, " "))
print(string.format("%.10f", math.random()))
print(math.random(-100, 100))

-- (expected output, from lua5.1)
-- expect: 224 217 448 493 570 474 475 34 955 959
-- expect: 0.1539170626
-- expect: -48
