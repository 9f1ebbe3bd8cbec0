-- load, loadstring and loadfile with LuaJIT's modes ("t" text, "b" binary) and environments
local bin = string.dump(function() return "from binary" end)
print(load("return 1", "x", "b"))
print(load("return 1", "x", "t")())
print(load("return 2")(), load("return 3", "x", "bt")())
print(loadstring(bin, "x", "t"))
print(loadstring(bin, "x", "b")(), loadstring(bin, "x", "bt")(), loadstring(bin)())
print(loadstring("return 4", "x", "b"))
print(load(bin, "x", "t"))
print(load("return 1+"))
print(load("return 1+", "=name"))
print(load("return x", "=c", "bt", {x = 42})())
print(loadstring("return x", "=c", nil, {x = 43})())
x = "global"
print(load("return x")(), load("return x", nil, nil, nil)())
local i = 0
print(load(function() i = i + 1; return ({"return ", "7"})[i] end)())
i = 0
print(load(function() i = i + 1; return ({"return ", "8"})[i] end, "=reader", "b"))
local name = os.tmpname()
local f = assert(io.open(name, "wb")); f:write(bin); f:close()
print(loadfile(name, "t"))
print(loadfile(name, "b")(), loadfile(name)())
f = assert(io.open(name, "w")); f:write("return y"); f:close()
print(loadfile(name, "b"))
print(loadfile(name, "t", {y = "env"})())
os.remove(name)

-- Expected output (produced by luajit 2.1):
-- expect: nil	attempt to load chunk with wrong mode
-- expect: 1
-- expect: 2	3
-- expect: nil	attempt to load chunk with wrong mode
-- expect: from binary	from binary	from binary
-- expect: nil	attempt to load chunk with wrong mode
-- expect: nil	attempt to load chunk with wrong mode
-- expect: nil	[string "return 1+"]:1: unexpected symbol near '<eof>'
-- expect: nil	name:1: unexpected symbol near '<eof>'
-- expect: 42
-- expect: 43
-- expect: global	global
-- expect: 7
-- expect: nil	attempt to load chunk with wrong mode
-- expect: nil	attempt to load chunk with wrong mode
-- expect: from binary	from binary
-- expect: nil	attempt to load chunk with wrong mode
-- expect: env
