-- runtime errors in loadstring chunks use the [string "..."] chunk name
local f = loadstring("local x = nil; return x.y")
print(pcall(f)) -- expect: false	[string "local x = nil; return x.y"]:1: attempt to index local 'x' (a nil value)
f = loadstring("error('from chunk')", "=mychunk")
print(pcall(f)) -- expect: false	mychunk:1: from chunk
f = loadstring("\n\nerror('third line')", "@virtual.lua")
print(pcall(f)) -- expect: false	virtual.lua:3: third line
f = loadstring("return undefined_fn()")
print(pcall(f)) -- expect: false	[string "return undefined_fn()"]:1: attempt to call global 'undefined_fn' (a nil value)
