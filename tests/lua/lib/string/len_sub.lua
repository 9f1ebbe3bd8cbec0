-- string.len and string.sub with all index forms
print(string.len(""), string.len("abc"), string.len("a\0b"))
print(("hello"):len(), #"hello")
local s = "hello world"
print(s:sub(1, 5))
print(s:sub(7))
print(s:sub(-5))
print(s:sub(-5, -3))
print(s:sub(0))
print("[" .. s:sub(5, 2) .. "]")
print(s:sub(3, 100))
print(s:sub(-100, 2))
print("[" .. s:sub(12) .. "]")
print(string.sub(12345, 2, 3))
print(pcall(string.sub))
print(pcall(string.sub, "x"))
print(pcall(string.len, nil))

-- (expected output, from lua5.1)
-- expect: 0	3	3
-- expect: 5	5
-- expect: hello
-- expect: world
-- expect: world
-- expect: wor
-- expect: hello world
-- expect: []
-- expect: llo world
-- expect: he
-- expect: []
-- expect: 23
-- expect: false	bad argument #1 to '?' (string expected, got no value)
-- expect: false	bad argument #2 to '?' (number expected, got no value)
-- expect: false	bad argument #1 to '?' (string expected, got nil)
