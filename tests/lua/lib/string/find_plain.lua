-- string.find: plain searches, init handling
print(string.find("hello world", "wor"))
print(string.find("hello world", "o"))
print(string.find("hello world", "o", 6))
print(string.find("hello world", "o", -3))
print(string.find("hello world", "xyz"))
print(string.find("hello", ""))
print(string.find("hello", "", 10))
print(string.find("hello", "", -100))
print(string.find("a.b", ".", 1, true))
print(string.find("a+b", "+", 1, true))
print(string.find("a(b", "(", 1, true))
print(string.find("a\0b", "\0b"))
print(string.find("", ""))
print(string.find("abc", "c", 3))
print(string.find("abc", "c", 4))
print(pcall(string.find, "x"))
print(pcall(string.find, nil, "x"))

-- (expected output, from lua5.1)
-- expect: 7	9
-- expect: 5	5
-- expect: 8	8
-- expect: nil
-- expect: nil
-- expect: 1	0
-- expect: 6	5
-- expect: 1	0
-- expect: 2	2
-- expect: 2	2
-- expect: 2	2
-- expect: 2	3
-- expect: 1	0
-- expect: 3	3
-- expect: nil
-- expect: false	bad argument #2 to '?' (string expected, got no value)
-- expect: false	bad argument #1 to '?' (string expected, got nil)
