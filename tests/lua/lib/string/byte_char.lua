-- string.byte / string.char: ranges, negative indices, errors
print(string.byte("ABC"))
print(string.byte("ABC", 2))
print(string.byte("ABC", 1, 3))
print(string.byte("ABC", -1))
print(string.byte("ABC", -2, -1))
print(select('#', string.byte("ABC", 3, 2)))
print(select('#', string.byte("", 1)))
print(string.byte("ABC", 0, 10))
print(("hi"):byte(1, -1))
print(string.char(72, 105))
print(string.char() == "")
print(#string.char(0, 255))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.char, "x"))
print(pcall(string.byte))

-- (expected output, from lua5.1)
-- expect: 65
-- expect: 66
-- expect: 65	66	67
-- expect: 67
-- expect: 66	67
-- expect: 0
-- expect: 0
-- expect: 65	66	67
-- expect: 104	105
-- expect: Hi
-- expect: true
-- expect: 2
-- expect: false	bad argument #1 to '?' (invalid value)
-- expect: false	bad argument #1 to '?' (invalid value)
-- expect: false	bad argument #1 to '?' (number expected, got string)
-- expect: false	bad argument #1 to '?' (string expected, got no value)
