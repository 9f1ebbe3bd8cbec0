-- Comparison results are real booleans.
print(type(1 < 2)) -- expect: boolean
print(1 < 2) -- expect: true
print(tostring(1 > 2)) -- expect: false
local b = 1 == 1
print(b and "t" or "f") -- expect: t
print((1 == 2) == false) -- expect: true
