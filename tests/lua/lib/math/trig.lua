-- trigonometry and hyperbolic functions
local function r(x) return string.format("%.6f", x) end
print(r(math.sin(0)), r(math.sin(math.pi / 2)), r(math.cos(0)), r(math.cos(math.pi)))
print(r(math.tan(math.pi / 4)))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)))
print(r(math.sinh(1)), r(math.cosh(1)), r(math.tanh(1)))
print(math.deg(math.pi), math.rad(180) == math.pi, math.deg(0))
print(r(math.rad(90)))

-- (expected output, from lua5.1)
-- expect: 0.000000	1.000000	1.000000	-1.000000
-- expect: 1.000000
-- expect: 1.570796	1.570796	0.785398
-- expect: 0.785398	-2.356194	3.141593
-- expect: 1.175201	1.543081	0.761594
-- expect: 180	true	0
-- expect: 1.570796
