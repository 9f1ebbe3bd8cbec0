-- fmod (and its 5.1 alias mod) and modf
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, 2))
print(math.mod(7, 3), math.mod == math.fmod)
print(math.fmod(1, 0) ~= math.fmod(1, 0))
print(math.modf(3.7))
print(math.modf(-3.7))
print(math.modf(5))
print(math.modf(math.huge))
print(pcall(math.fmod, 1))

-- (expected output, from lua5.1)
-- expect: 1	-1	1	1.5
-- expect: 1	true
-- expect: true
-- expect: 3	0.7
-- expect: -3	-0.7
-- expect: 5	0
-- expect: inf	0
-- expect: false	bad argument #2 to '?' (number expected, got no value)
