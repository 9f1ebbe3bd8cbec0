-- Negative zero computed at run time prints as -0 and equals 0.
local function neg(x) return -x end
local z = neg(0)
print(z) -- expect: -0
print(z == 0) -- expect: true
print(tostring(z)) -- expect: -0
local function mul(a, b) return a * b end
print(mul(0, -1)) -- expect: -0
print(1/z) -- expect: -inf
print(z + 0) -- expect: 0
