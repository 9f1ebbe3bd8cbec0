-- malformed pattern diagnostics
local function e(...) print(select(2, pcall(...))) end
e(string.find, "abc", "%")
e(string.find, "abc", "[a")
e(string.find, "abc", "[a%")
e(string.find, "abc", "[")
e(string.find, "abc", "[^")
e(string.match, "abc", "(a")
e(string.match, "abc", "a)")
e(string.match, "abc", "%1")
e(string.match, "abc", "(a)%2")
e(string.match, "abc", "(a%1)")
e(string.gsub, "abc", "%f", "")
e(string.gsub, "abc", "%fx", "")
e(string.find, "abc", "%b")
e(string.find, "abc", "%ba")
e(string.gsub, "abc", "(b)", "%2")
e(string.gsub, "abc", "b", "%1x")
e(string.gsub, "abc", "(", "")
e(string.find, "x", string.rep("(", 40) .. "x" .. string.rep(")", 40))

-- (expected output, from lua5.1)
-- expect: malformed pattern (ends with '%')
-- expect: malformed pattern (missing ']')
-- expect: malformed pattern (missing ']')
-- expect: malformed pattern (missing ']')
-- expect: malformed pattern (missing ']')
-- expect: unfinished capture
-- expect: invalid pattern capture
-- expect: invalid capture index
-- expect: invalid capture index
-- expect: invalid capture index
-- expect: missing '[' after '%f' in pattern
-- expect: missing '[' after '%f' in pattern
-- expect: unbalanced pattern
-- expect: unbalanced pattern
-- expect: invalid capture index
-- expect: abxc	1
-- expect: abc	4
-- expect: too many captures
