-- * + - ? quantifiers, greedy vs lazy
print(string.match("<a><b>", "<(.*)>"))
print(string.match("<a><b>", "<(.-)>"))
print(string.match("aaab", "a+"))
print(string.match("b", "a+"))
print(string.match("b", "a*b"))
print(string.match("color colour", "colou?r"), string.match("colour", "colou?r"))
print(string.match("  trim me  ", "^%s*(.-)%s*$"))
print(string.match("123abc", "^%d*"))
print(string.match("abc", "^%d*") == "")
print(string.match("aaa", "a-b"))
print(string.match("aaab", "a-b"))
print(string.match("x = ", "(%w+) = (%w*)"), (select(2, string.match("x = ", "(%w+) = (%w*)")) == ""))
print(string.gsub("one two  three", "%s+", " "))
print(string.match("2024-01-15", "(%d+)-(%d+)-(%d+)"))
print(string.match("f(x) = 3", "^(%a+)%((%a)%)"))
print(string.match("abc", "a?b?c?d?"))
print(string.match("[[nested]]", "%[(.*)%]"))

-- (expected output, from lua5.1)
-- expect: a><b
-- expect: a
-- expect: aaa
-- expect: nil
-- expect: b
-- expect: color	colour
-- expect: trim me
-- expect: 123
-- expect: true
-- expect: nil
-- expect: aaab
-- expect: x	true
-- expect: one two three	2
-- expect: 2024	01	15
-- expect: f	x
-- expect: abc
-- expect: [nested]
