-- string.find with patterns and captures
print(string.find("hello world", "o%s"))
print(string.find("hello world", "(o)(r)"))
print(string.find("hello world", "l+"))
print(string.find("hello", "^h"))
print(string.find("hello", "^e"))
print(string.find("hello", "o$"))
print(string.find("hello", "l$"))
print(string.find("x = 10", "(%w+)%s*=%s*(%d+)"))
print(string.find("abc", "()b()"))
print(string.find("aaa", "a-", 2))
print(string.find("a$b", "$b"))
print(string.find("a^b", "a^"))
print(string.find("[test]", "[[]"))

-- (expected output, from lua5.1)
-- expect: 5	6
-- expect: 8	9	o	r
-- expect: 3	4
-- expect: 1	1
-- expect: nil
-- expect: 5	5
-- expect: nil
-- expect: 1	6	x	10
-- expect: 2	2	2	3
-- expect: 2	1
-- expect: 2	3
-- expect: 1	2
-- expect: 1	1
