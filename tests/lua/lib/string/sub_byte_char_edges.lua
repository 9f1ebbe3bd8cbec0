-- string.sub/byte/char: negative and out-of-range positions, float positions (truncated),
-- nil third argument, huge values, the whole string, number subjects, wrong types
local s = "hello"
local r = {}
for _, i in ipairs({-7, -5, -1, 0, 1, 2, 5, 6, 2.9, -2.5, -1e300, 0/0}) do
  r[#r + 1] = "[" .. s:sub(i) .. "|" .. s:sub(i, -2) .. "|" .. s:sub(2, i) .. "|"
    .. s:sub(i, nil) .. "]" .. table.concat({s:byte(i)}, ",")
end
print(table.concat(r, " "))
print(s:sub(1, 5) == s, s:sub(1, 99) == s, ("x"):sub(1, 1), ("x"):sub(2), #(""):sub(0))
print(s:byte(), s:byte(1, -1))
print(select("#", s:byte(0)), select("#", s:byte(6)), select("#", (""):byte()))
print(string.sub(12345, 2, 3), string.byte(12345, 2), string.byte(s, 2, nil))
print(string.char(104), string.char(0):byte(), #string.char(), string.char(72.9, 105))
print(pcall(string.char, 256))
print(pcall(string.char, -1))
print(pcall(string.sub, s))
print(pcall(string.sub, s, "x"))
print(pcall(string.sub, s, 1, {}))
print(pcall(string.byte, s, {}))
print(pcall(string.byte, nil, 1))
print(s:sub("2", "3"), s:byte("2"), string.char("65"))

-- (expected output, from lua5.1)
-- expect: [hello|hell||hello] [hello|hell||hello]104 [o||ello|o]111 [hello|hell||hello] [hello|hell||hello]104 [ello|ell|e|ello]101 [o||ello|o]111 [||ello|] [ello|ell|e|ello]101 [lo|l|ell|lo]108 [hello|hell||hello] [hello|hell||hello]
-- expect: true	true	x		0
-- expect: 104	104	101	108	108	111
-- expect: 0	0	0
-- expect: 23	50	101
-- expect: h	0	0	Hi
-- expect: false	bad argument #1 to '?' (invalid value)
-- expect: false	bad argument #1 to '?' (invalid value)
-- expect: false	bad argument #2 to '?' (number expected, got no value)
-- expect: false	bad argument #2 to '?' (number expected, got string)
-- expect: false	bad argument #3 to '?' (number expected, got table)
-- expect: false	bad argument #2 to '?' (number expected, got table)
-- expect: false	bad argument #1 to '?' (string expected, got nil)
-- expect: el	101	A
