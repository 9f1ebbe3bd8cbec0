-- debug.getupvalue / setupvalue
local x, y = 1, 2
local function f() return x + y end
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(debug.getupvalue(f, 3))
print(debug.setupvalue(f, 1, 10))
print(f(), x)
print(debug.setupvalue(f, 5, 1))
print(select('#', debug.getupvalue(print, 1)))
print(select('#', debug.getupvalue(string.gmatch("a", "a"), 1)))
print(pcall(debug.getupvalue, 1, 1))
print(pcall(debug.setupvalue, f, 1))

-- (expected output, from lua5.1)
-- expect: x	1
-- expect: y	2
-- expect:
-- expect: x
-- expect: 12	10
-- expect:
-- expect: 0
-- expect: 0
-- expect: false	bad argument #1 to '?' (function expected, got number)
-- expect: false	bad argument #3 to '?' (value expected)
