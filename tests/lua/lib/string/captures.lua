-- captures: nested, position captures, back-references
print(string.match("hello world", "((%w+) (%w+))"))
print(string.match("hello", "()ll()"))
print(string.match("hello", "()"))
print(string.find("hello", "()"))
print(string.match("abcabc", "(abc)%1"))
print(string.match("say 'hi' or \"bye\"", "([\"'])(.-)%1"))
print(string.match("xyyx", "(x)(y)%2%1"))
print(string.gsub("hello world", "(o)", "[%1]"))
print(string.gsub("abc", "(a)(b)(c)", "%3%2%1"))
print(string.gsub("hello", "", "-"))
print(string.match("aaa", "((a)(a))"))
print(string.match("  x", "^(%s*)()"))
print(string.gsub("abc", "()", "%1"))

-- (expected output, from lua5.1)
-- expect: hello world	hello	world
-- expect: 3	5
-- expect: 1
-- expect: 1	0	1
-- expect: abc
-- expect: '	hi
-- expect: x	y
-- expect: hell[o] w[o]rld	2
-- expect: cba	1
-- expect: -h-e-l-l-o-	6
-- expect: aa	a	a
-- expect:   	3
-- expect: 1a2b3c4	4
