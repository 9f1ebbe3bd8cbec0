-- gsub where no match can start anywhere returns the subject (as a string, also for a
-- number subject) and 0; with matches possible but none found, the same
print(string.gsub("hello", "x", "y"))
print(type((string.gsub(12345, "x", "y"))), string.gsub(12345, "x", "y"))
print(string.gsub("", "x", "y"))
print(string.gsub("hello", "[xyz]", "-"))
print(string.gsub("hello", "%d+", "-"))
print(string.gsub("hello", "l(x)", "-"))
print(string.gsub("hello", "x*", "-"))
print(string.gsub("hello", "^x", "-"))
print(string.gsub("hello", "l", "L", 0))
print(pcall(string.gsub, "hello", "x", true))
print(pcall(string.gsub, "hello", "[x", "y"))

-- (expected output, from lua5.1)
-- expect: hello	0
-- expect: string	12345	0
-- expect: 	0
-- expect: hello	0
-- expect: hello	0
-- expect: hello	0
-- expect: -h-e-l-l-o-	6
-- expect: hello	0
-- expect: hello	0
-- expect: false	bad argument #3 to '?' (string/function/table expected)
-- expect: false	malformed pattern (missing ']')
