-- min and max
print(math.min(3, 1, 2), math.max(3, 1, 2))
print(math.min(5), math.max(5))
print(math.min(-1.5, -2.5), math.max(-1.5, -2.5))
print(math.max(1, math.huge), math.min(1, -math.huge))
print(math.max("10", 9))
print(pcall(math.min))
print(pcall(math.max, 1, "x"))
print(pcall(math.max, 1, nil, 2))

-- (expected output, from lua5.1)
-- expect: 1	3
-- expect: 5	5
-- expect: -2.5	-1.5
-- expect: inf	-inf
-- expect: 10
-- expect: false	bad argument #1 to '?' (number expected, got no value)
-- expect: false	bad argument #2 to '?' (number expected, got string)
-- expect: false	bad argument #2 to '?' (number expected, got nil)
