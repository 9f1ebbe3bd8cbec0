-- bracket sets: ranges, classes, negation, special chars
print(string.gsub("hello world 123", "[aeiou]", "*"))
print(string.gsub("hello world 123", "[^aeiou]", "*"))
print(string.gsub("abcxyz019", "[a-c0-1]", "#"))
print(string.gsub("a-b-c", "[-]", "+"))
print(string.gsub("a-b-c", "[a-]", "+"))
print(string.gsub("a]b]c", "[]]", "!"))
print(string.gsub("a]b^c", "[^]^]", "."))
print(string.gsub("x1 y2", "[%a%d]", "?"))
print(string.gsub("a.b%c", "[%.%%]", "_"))
print(string.gsub("A1b2", "[%u%d]", ""))
print(string.gsub("a^b", "[b^]", "@"))
print(string.gsub("hello", "[l-]", "L"))
print(string.match("key=val", "([^=]+)=(.*)"))

-- (expected output, from lua5.1)
-- expect: h*ll* w*rld 123	3
-- expect: *e**o**o*******	12
-- expect: ###xyz##9	5
-- expect: a+b+c	2
-- expect: ++b+c	3
-- expect: a!b!c	2
-- expect: .].^.	3
-- expect: ?? ??	4
-- expect: a_b_c	2
-- expect: b	3
-- expect: a@@	2
-- expect: heLLo	2
-- expect: key	val
