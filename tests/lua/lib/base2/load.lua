-- loadstring, load, loadfile, dofile: chunk names, errors and readers
local function try(f) print(select(2, pcall(f))) end
local dir = "tests/lua/lib/base2/data/"

print(loadstring("return 1 + 1")())
print(loadstring("return +"))
print(pcall(loadstring("error('x')", "=mychunk")))
print(pcall(loadstring("error('x')")))
print(pcall(loadstring("error('x')", "@file.lua")))
print(loadstring("return ...")(1, 2))

local parts = {"return ", "1", " + 41"}
local i = 0
print(load(function() i = i + 1 return parts[i] end)())
print(load(function() return nil end) ~= nil)
-- (only the first line: 5.1 may append the host's traceback here)
local function first_line(f, m) return f, (m:match("^[^\n]*")) end
print(first_line(load(function() return {} end)))
print(first_line(load(function() error("in reader", 0) end)))
print(load(function() return "return +" end, "=named"))
local once = false
print(pcall(load(function() if once then return nil end once = true return "error('e')" end, "@chunk.lua")))
print(load("return 'a string chunk (LuaJIT extension)'")())
try(function() loadstring() end)

print(loadfile(dir .. "missing.txt"))
print(pcall(dofile, dir .. "missing.txt"))
print(dofile(dir .. "shebang.txt"))
print(loadfile(dir .. "shebang.txt")("arg"))
print(loadfile(dir .. "bad_syntax.txt"))
print(pcall(dofile, dir .. "bad_syntax.txt"))
print(pcall(dofile, dir .. "raises.txt"))

-- (expected output)
-- expect: 2
-- expect: nil	[string "return +"]:1: unexpected symbol near '+'
-- expect: false	mychunk:1: x
-- expect: false	[string "error('x')"]:1: x
-- expect: false	file.lua:1: x
-- expect: 1	2
-- expect: 42
-- expect: true
-- expect: nil	tests/lua/lib/base2/load.lua:18: reader function must return a string
-- expect: nil	in reader
-- expect: nil	named:1: unexpected symbol near '+'
-- expect: false	chunk.lua:1: e
-- expect: a string chunk (LuaJIT extension)
-- expect: tests/lua/lib/base2/load.lua:24: bad argument #1 to 'loadstring' (string expected, got no value)
-- expect: nil	cannot open tests/lua/lib/base2/data/missing.txt: No such file or directory
-- expect: false	cannot open tests/lua/lib/base2/data/missing.txt: No such file or directory
-- expect: nil	7	2
-- expect: arg	7	2
-- expect: nil	tests/lua/lib/base2/data/bad_syntax.txt:1: unexpected symbol near '='
-- expect: false	tests/lua/lib/base2/data/bad_syntax.txt:1: unexpected symbol near '='
-- expect: false	tests/lua/lib/base2/data/raises.txt:3: raised on line 3
