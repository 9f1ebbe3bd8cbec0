-- gsub with function and table replacements
print(string.gsub("hello world", "%w+", string.upper))
print(string.gsub("$name is $age", "%$(%w+)", {name = "Bob", age = 42}))
print(string.gsub("$name $unknown", "%$(%w+)", {name = "Bob"}))
print(string.gsub("abc", "%w", function(c) if c == "b" then return false end return c .. c end))
print(string.gsub("abc", "%w", function(c) return nil end))
print(string.gsub("a=1, b=2", "(%w+)=(%w+)", function(k, v) return v .. "=" .. k end))
print(string.gsub("abc", "()", function(p) return p end))
print(string.gsub("x y", "%w", {x = 1, y = 2.5}))
print(pcall(string.gsub, "abc", "b", {b = {}}))
print(pcall(string.gsub, "abc", "b", function() return true end))
print(pcall(string.gsub, "abc", "b"))
print(pcall(string.gsub, "abc", "b", true))
local n = 0
string.gsub("a,b,,c", "[^,]*", function(s) n = n + 1 end)
print(n)

-- (expected output, from lua5.1)
-- expect: HELLO WORLD	2
-- expect: Bob is 42	2
-- expect: Bob $unknown	2
-- expect: aabcc	3
-- expect: abc	3
-- expect: 1=a, 2=b	2
-- expect: 1a2b3c4	4
-- expect: 1 2.5	2
-- expect: false	invalid replacement value (a table)
-- expect: false	invalid replacement value (a boolean)
-- expect: false	bad argument #3 to '?' (string/function/table expected)
-- expect: false	bad argument #3 to '?' (string/function/table expected)
-- expect: 7
