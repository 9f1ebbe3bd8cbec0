-- Long strings keep embedded newlines and indentation.
local s = [[
  a
	b
c]]
print(s)
-- expect:   a
-- expect: 	b
-- expect: c
print(#s) -- expect: 8
local t = [==[
]==]
print(#t) -- expect: 0
