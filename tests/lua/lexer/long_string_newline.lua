-- A newline immediately after the opening long bracket is skipped.
local a = [[
line]]
print(a) -- expect: line
print(#a) -- expect: 4
local b = [==[
x]==]
print(b == "x") -- expect: true
-- Only the first newline is skipped.
local c = [[

y]]
print(#c) -- expect: 2
print(c == "\ny") -- expect: true
local d = [[a
b]]
print(d == "a\nb") -- expect: true
