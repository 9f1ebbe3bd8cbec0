-- string.find with a pattern that is a single set: start positions (negative, past the
-- end), no match, classes and negation, a '\0' ending the pattern early, malformed sets
local s = "  ab\t\"c\\d"
print(s:find("[^ \t\r\n]"), s:find("[^ \t\r\n]", 4), s:find('["\\]'), s:find('["\\]', 7))
print(s:find("[^ \t\r\n]", -3), s:find("[%s]", -100), s:find("[%a]", 100), s:find("[x]"))
print(("abc"):find("[%A]"), ("a1"):find("[%d%z]"), ("a\0b"):find("[%z]"), ("a\0b"):find("[%Z]", 2))
print(pcall(string.find, "ab]", "[a\0]"))
print(pcall(string.find, "ab", "[a"))
print(pcall(string.find, "ab", "[]"))
print(("x]"):find("[]]"), ("a-z"):find("[%-]"), ("a^"):find("[%^]"), (""):find("[a]"))
print(("abc"):find("[b]", 2, true), ("a[b]"):find("[b]", 1, true))

-- (expected output, from lua5.1)
-- expect: 3	4	6	8	8
-- expect: 7	1	nil	nil
-- expect: nil	2	2	3	3
-- expect: false	malformed pattern (missing ']')
-- expect: false	malformed pattern (missing ']')
-- expect: false	malformed pattern (missing ']')
-- expect: 2	2	2	nil
-- expect: nil	2	4
