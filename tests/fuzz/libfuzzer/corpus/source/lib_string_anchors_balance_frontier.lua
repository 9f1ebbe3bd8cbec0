-- anchors, %b and %f
print(string.find("abc", "^abc$"))
print(string.find("abcd", "^abc$"))
print(string.gsub("aaa", "^a", "b"))
print(string.gsub("hello world", "o$", "0"))
print(string.match("f(a(b)c)d", "%b()"))
print(string.match("x{a{b}}y", "%b{}"))
print(string.match("((unbalanced", "%b()"))
print(string.gsub("[a] [b] [c]", "%b[]", "X"))
print(string.gsub("THE (quick) fox", "%f[%a]%a+", "W"))
print(string.gsub("hello world", "%f[%w]%w+", string.upper))
print(string.find("THE (quick) fox", "%f[%l]"))
print(string.gsub("aaa bbb", "%f[%S].-%f[%s]", "<%0>"))
print(string.find("abc", "%f[%z]"))
print(string.match("hello", "^(h)(.*)$"))

-- (expected output, from lua5.1)
-- expect: 1	3
-- expect: nil
-- expect: baa	1
-- expect: hello world	0
-- expect: (a(b)c)
-- expect: {a{b}}
-- expect: nil
-- expect: X X X	3
-- expect: W (W) W	3
-- expect: HELLO WORLD	2
-- expect: 6	5
-- expect: aaa bbb	0
-- expect: 4	3
-- expect: h	ello
