-- string.lower / upper / reverse
print(string.lower("HeLLo 123 !"))
print(string.upper("HeLLo 123 !"))
print(string.reverse("abc"), string.reverse(""), ("racecar"):reverse())
print(#string.upper("a\0b"), string.upper("a\0b") == "A\0B")
print(string.lower(42), string.upper(1.5))
print(pcall(string.upper))
print(pcall(string.reverse, {}))

-- (expected output, from lua5.1)
-- expect: hello 123 !
-- expect: HELLO 123 !
-- expect: cba		racecar
-- expect: 3	true
-- expect: 42	1.5
-- expect: false	bad argument #1 to '?' (string expected, got no value)
-- expect: false	bad argument #1 to '?' (string expected, got table)
