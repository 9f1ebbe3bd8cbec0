-- a script with an unterminated string literal
-- expect-exit: 1
-- expect-stderr: apogee: tests/lua/badinput/unterminated_string_file.lua:4: unfinished string near '"abc'
local s = "abc
print(s)
