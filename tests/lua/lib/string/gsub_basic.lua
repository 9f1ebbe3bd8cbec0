-- gsub with string replacement, counts and limits
print(string.gsub("hello world", "o", "0"))
print(string.gsub("hello world", "o", "0", 1))
print(string.gsub("hello world", "o", "0", 0))
print(string.gsub("hello world", "o", "0", -1))
print(string.gsub("abc", "", "-"))
print(string.gsub("abc", ".-", "-"))
print(string.gsub("abc", "x*", "-"))
print(string.gsub("hello", "l", "%%"))
print(string.gsub("hello", "l", "%0%0"))
print(string.gsub("hello", "(l)(l)", "%2%1"))
print(string.gsub("abc", "b", "%x"))
print(string.gsub("abc", "b", 5))
print(string.gsub(12345, 3, "x"))
print(string.gsub("", "", "x"))
print(string.gsub("a b c", " ", "", 1.9))
print(string.gsub("^^", "^%^", "x"))

-- (expected output, from lua5.1)
-- expect: hell0 w0rld	2
-- expect: hell0 world	1
-- expect: hello world	0
-- expect: hello world	0
-- expect: -a-b-c-	4
-- expect: -a-b-c-	4
-- expect: -a-b-c-	4
-- expect: he%%o	2
-- expect: hellllo	2
-- expect: hello	1
-- expect: axc	1
-- expect: a5c	1
-- expect: 12x45	1
-- expect: x	1
-- expect: ab c	1
-- expect: x^	1
