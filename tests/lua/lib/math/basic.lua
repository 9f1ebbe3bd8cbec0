-- abs, ceil, floor, sqrt, pow, constants
print(math.abs(-3), math.abs(3), math.abs(-0.5))
print(math.ceil(1.2), math.ceil(-1.2), math.ceil(5))
print(math.floor(1.8), math.floor(-1.2), math.floor(5))
print(math.sqrt(16), math.sqrt(2))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 1/3) ~= math.pow(-8, 1/3))
print(math.pi)
print(math.huge, -math.huge, math.huge > 1e308)
print(math.sqrt(-1) ~= math.sqrt(-1))
print(math.floor(-0.0), 1 / math.floor(-0.0))
print(math.abs("-2"))

-- (expected output, from lua5.1)
-- expect: 3	3	0.5
-- expect: 2	-1	5
-- expect: 1	-2	5
-- expect: 4	1.4142135623731
-- expect: 1024	1.4142135623731	true
-- expect: 3.1415926535898
-- expect: inf	-inf	true
-- expect: true
-- expect: -0	-inf
-- expect: 2
