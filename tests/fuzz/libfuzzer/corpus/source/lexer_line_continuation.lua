-- A backslash followed by a newline inside a string is a newline.
local s = "first\
second"
print(s)
-- expect: first
-- expect: second
print(#s) -- expect: 12
print(s == "first\nsecond") -- expect: true
local t = 'a\
\
b'
print(#t) -- expect: 4
