-- Number keys outside the int range (and infinities) are hash keys like any other; converting
-- them to an index must not overflow (found by crash fuzzing under UBSan).
local t = {}
t[2^53] = 1 t[-2^53] = 2 t[1e300] = 3 t[-1e300] = 4
t[2^31] = 5 t[-2^31 - 1] = 6 t[1/0] = 7 t[-1/0] = 8 t[-2^31] = 9 t[2^31 - 1] = 10
print(t[2^53], t[-2^53], t[1e300], t[-1e300], t[2^31]) -- expect: 1	2	3	4	5
print(t[-2^31 - 1], t[1/0], t[-1/0], t[-2^31], t[2^31 - 1]) -- expect: 6	7	8	9	10
print(rawget(t, 2^53 + 2), t[2^31 + 0.5], next({[2^40] = true})) -- expect: nil	nil	1099511627776	true
local n = 0 for k, v in pairs(t) do n = n + v end
print(n) -- expect: 55
print(#t, table.maxn(t)) -- expect: 0	inf
