-- string.format diagnostics
local function e(...)
  local a, n = {...}, select("#", ...)
  print(select(2, pcall(function() return string.format(unpack(a, 1, n)) end)))
end
e("%y", 1)
e("%", 1)
e("%d")
e("%d %d", 1)
e("%d", "x")
e("%d", {})
e("%s")
e("%s", {})
e("%q")
e("%------d", 1)
e("%123d", 1)
e("%.123f", 1)
e("%1.2.3f", 1)
e("%w", 1)
e()
print(string.format("%-----5d|", 1))
print(string.format("%99d", 1) == string.rep(" ", 98) .. "1")

-- (expected output, from lua5.1)
-- expect: tests/lua/lib/string/format_errors.lua:4: invalid option '%y' to 'format'
-- expect: tests/lua/lib/string/format_errors.lua:4: invalid option '%' to 'format'
-- expect: tests/lua/lib/string/format_errors.lua:4: bad argument #2 to 'format' (no value)
-- expect: tests/lua/lib/string/format_errors.lua:4: bad argument #3 to 'format' (no value)
-- expect: tests/lua/lib/string/format_errors.lua:4: bad argument #2 to 'format' (number expected, got string)
-- expect: tests/lua/lib/string/format_errors.lua:4: bad argument #2 to 'format' (number expected, got table)
-- expect: tests/lua/lib/string/format_errors.lua:4: bad argument #2 to 'format' (no value)
-- expect: tests/lua/lib/string/format_errors.lua:4: bad argument #2 to 'format' (string expected, got table)
-- expect: tests/lua/lib/string/format_errors.lua:4: bad argument #2 to 'format' (no value)
-- expect: tests/lua/lib/string/format_errors.lua:4: invalid format (repeated flags)
-- expect: tests/lua/lib/string/format_errors.lua:4: invalid format (width or precision too long)
-- expect: tests/lua/lib/string/format_errors.lua:4: invalid format (width or precision too long)
-- expect: tests/lua/lib/string/format_errors.lua:4: invalid option '%.' to 'format'
-- expect: tests/lua/lib/string/format_errors.lua:4: invalid option '%w' to 'format'
-- expect: tests/lua/lib/string/format_errors.lua:4: bad argument #1 to 'format' (string expected, got no value)
-- expect: 1    |
-- expect: true
