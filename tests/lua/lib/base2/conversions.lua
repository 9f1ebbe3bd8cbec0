-- tonumber, tostring, type, select, unpack: results and argument errors
local function try(f) print(select(2, pcall(f))) end

print(tonumber("10"), tonumber("0x1F"), tonumber("  12  "), tonumber("1e2"))
print(tonumber("z", 36), tonumber("ff", 16), tonumber(" 777 ", 8), tonumber("101", 2))
print(tonumber("8", 8), tonumber(""), tonumber("12a"), tonumber(nil), tonumber({}))
print(tonumber(42), tonumber("-0x10"), tonumber("FF", 16) == 255)
try(function() tonumber("1", 1) end)
try(function() tonumber("1", 37) end)
try(function() tonumber() end)
try(function() tonumber({}, 16) end)

print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring(1.5))
print(tostring(1e100), tostring(-0), tostring(2^53), tostring(1/3))
print(tostring(setmetatable({}, {__tostring = function() return "OBJ" end})))
print(tostring({}):match("^table: 0x%x+$") ~= nil, tostring(print):match("^function: ") ~= nil)
print(tostring(coroutine.create(function() end)):match("^thread: ") ~= nil)
print(tostring(newproxy()):match("^userdata: ") ~= nil)
try(function() tostring() end)

print(type(1), type("x"), type(nil), type({}), type(print), type(newproxy()))
print(type(coroutine.create(function() end)), type(true))
try(function() type() end)

print(select("#"), select("#", 1, nil, 3), select("#", nil, nil))
print(select(2, "a", "b", "c"), select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select(10, 1, 2))
try(function() select(0, 1) end)
try(function() select(-5, 1) end)
try(function() select("x") end)

print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 5))
print(select("#", unpack({}, 1, 0)), select("#", unpack({}, 5, 1)))
try(function() unpack() end)
try(function() unpack({}, 1, 1e8) end)

print(rawequal(1, 1), rawequal({}, {}), rawequal("a", "a"))
print(rawget({a = 1}, "a"), rawset({}, 1, 2)[1])
try(function() rawequal(1) end)
try(function() rawget(1) end)
try(function() rawset({}, 1) end)
try(function() rawset({}, nil, 1) end)

-- (expected output)
-- expect: 10	31	12	100
-- expect: 35	255	511	5
-- expect: nil	nil	nil	nil	nil
-- expect: 42	-16	true
-- expect: tests/lua/lib/base2/conversions.lua:8: bad argument #2 to 'tonumber' (base out of range)
-- expect: tests/lua/lib/base2/conversions.lua:9: bad argument #2 to 'tonumber' (base out of range)
-- expect: tests/lua/lib/base2/conversions.lua:10: bad argument #1 to 'tonumber' (value expected)
-- expect: tests/lua/lib/base2/conversions.lua:11: bad argument #1 to 'tonumber' (string expected, got table)
-- expect: nil	true	false	12	1.5
-- expect: 1e+100	-0	9.007199254741e+15	0.33333333333333
-- expect: OBJ
-- expect: true	true
-- expect: true
-- expect: true
-- expect: tests/lua/lib/base2/conversions.lua:19: bad argument #1 to 'tostring' (value expected)
-- expect: number	string	nil	table	function	userdata
-- expect: thread	boolean
-- expect: tests/lua/lib/base2/conversions.lua:23: bad argument #1 to 'type' (value expected)
-- expect: 0	3	2
-- expect: b	c
-- expect: a	b	c
-- expect: 
-- expect: tests/lua/lib/base2/conversions.lua:29: bad argument #1 to 'select' (index out of range)
-- expect: tests/lua/lib/base2/conversions.lua:30: bad argument #1 to 'select' (index out of range)
-- expect: tests/lua/lib/base2/conversions.lua:31: bad argument #1 to 'select' (number expected, got string)
-- expect: 1	2	3
-- expect: 2	3
-- expect: 2	3	nil	nil
-- expect: 0	0
-- expect: tests/lua/lib/base2/conversions.lua:37: bad argument #1 to 'unpack' (table expected, got no value)
-- expect: tests/lua/lib/base2/conversions.lua:38: too many results to unpack
-- expect: true	false	true
-- expect: 1	2
-- expect: tests/lua/lib/base2/conversions.lua:42: bad argument #2 to 'rawequal' (value expected)
-- expect: tests/lua/lib/base2/conversions.lua:43: bad argument #1 to 'rawget' (table expected, got number)
-- expect: tests/lua/lib/base2/conversions.lua:44: bad argument #3 to 'rawset' (value expected)
-- expect: table index is nil
