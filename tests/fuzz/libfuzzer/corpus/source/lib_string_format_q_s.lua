-- %q quoting and %s
print(string.format("%q", "hello"))
print(string.format("%q", 'a "quoted" \\ string'))
print(string.format("%q", "line1\nline2"))
print(string.format("%q", "cr\rhere"))
print(string.format("%q", "nul\0here"))
print(string.format("%q", "\t\1tab"))
print(string.format("%q", 42))
print(loadstring("return " .. string.format("%q", "a\nb\0c\r\"\\"))() == "a\nb\0c\r\"\\")
print(string.format("%s|%10s|%-10s|%.2s", "x", "right", "left", "trunc"))
local long = string.rep("x", 150)
print(#string.format("%s", long), #string.format("%.5s", long))
print(#string.format("%s", "a\0b" .. string.rep("c", 100)))
print(string.format("[%s]", "a\0b") == "[a]")

-- (expected output, from lua5.1)
-- expect: "hello"
-- expect: "a \"quoted\" \\ string"
-- expect: "line1\
-- expect: line2"
-- expect: "cr\rhere"
-- expect: "nul\000here"
-- expect: "	tab"
-- expect: "42"
-- expect: true
-- expect: x|     right|left      |tr
-- expect: 150	5
-- expect: 103
-- expect: true
