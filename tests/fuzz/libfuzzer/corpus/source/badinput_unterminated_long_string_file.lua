-- a script with an unterminated long string
-- expect-exit: 1
-- expect-stderr: apogee: tests/lua/badinput/unterminated_long_string_file.lua:6: unfinished long string near '<eof>'
print("no")
local s = [==[ text ]]
