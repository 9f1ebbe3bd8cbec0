-- string.buffer (LuaJIT): a mutable FIFO byte buffer; methods chain
local b = require("string.buffer")
print(package.loaded["string.buffer"] == b, type(b.new), type(b.encode))
local x = b.new()
print(type(x), getmetatable(x), x.len)
print(pcall(x.put, x, {}))
print(pcall(x.decode, x))
x:put("ab", 1, 2.5, setmetatable({}, {__tostring = function() return "T" end}), b.new():put("zz"))
print(x:tostring(), #x, x:get(1), x:get(2, nil), #x)
x:put("abc")
print(x .. "!", "<" .. x, x .. x)
print(tostring(x), x:get(100))
print(x:skip(1) == x, x:set("hello"):get(2), x:reset():put(1):tostring(), x:putf("%d-%s", 5, "x"):tostring())
print(b.new(100, {}):put("q"):tostring())
print(x:free() == x, #x)
print(b.new():encode({a = 1}):decode().a)
print(x:put(0.1, 1e100, 1/0, 2^53, -1/0):tostring())
print(x:get(0) == "", select("#", x:get(1, 2, 3)))
print(x:put("xyz"):skip(100):tostring() == "", x:get() == "")

-- Expected output (produced by luajit 2.1):
-- expect: true	function	function
-- expect: userdata	buffer	nil
-- expect: false	bad argument #2 to '?' (string/number/__tostring expected, got table)
-- expect: false	unexpected end of buffer
-- expect: ab12.5Tzz	9	a	b1	0
-- expect: abc!	<abc	abcabc
-- expect: abc	abc
-- expect: true	he	1	15-x
-- expect: q
-- expect: true	0
-- expect: 1
-- expect: 0.11e+100inf9.007199254741e+15-inf
-- expect: true	3
-- expect: true	true
