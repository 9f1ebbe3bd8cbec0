-- Keys outside the array part.
local t = {}
t[-1] = "m1"
t[0] = "zero"
t[0.5] = "half"
t[1e10] = "big"
t[-2.5] = "neg frac"
print(t[-1], t[0], t[0.5], t[1e10], t[-2.5]) -- expect: m1	zero	half	big	neg frac
print(#t) -- expect: 0
t[1] = "one"
print(#t) -- expect: 1
local sum = 0
for k in pairs(t) do sum = sum + k end
print(sum) -- expect: 9999999998
