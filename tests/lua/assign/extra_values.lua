-- Extra right-hand values are evaluated and dropped.
local called = false
local function side() called = true; return 99 end
local a, b = 1, 2, side()
print(a, b, called) -- expect: 1	2	true
local x = 1, 2, 3
print(x) -- expect: 1
local p, q
p, q = "p", "q", "r"
print(p, q) -- expect: p	q
