-- the chunkname argument controls error positions
print(loadstring("x = = 1", "mychunk")) -- expect: nil	[string "mychunk"]:1: unexpected symbol near '='
print(loadstring("x = = 1", "=custom")) -- expect: nil	custom:1: unexpected symbol near '='
print(loadstring("x = = 1", "@file.lua")) -- expect: nil	file.lua:1: unexpected symbol near '='
local f = loadstring("error('e')", "=named")
print(pcall(f)) -- expect: false	named:1: e
f = loadstring("local t; return t.x", "@src.lua")
print(pcall(f)) -- expect: false	src.lua:1: attempt to index local 't' (a nil value)
