-- open modes: w, a, r+, w+, a+, binary flag, invalid modes
local name = os.tmpname()
local f = assert(io.open(name, "wb"))
f:write("abc")
f:close()
f = assert(io.open(name, "a"))
f:write("def")
f:close()
f = assert(io.open(name, "rb"))
print(f:read("*a"))
f:close()
f = assert(io.open(name, "r+"))
f:write("X")
f:seek("set", 0)
print(f:read("*a"))
f:close()
f = assert(io.open(name, "w+"))
f:write("new")
f:seek("set")
print(f:read("*a"))
f:close()
f = assert(io.open(name, "a+"))
f:write("!")
f:seek("set")
print(f:read("*a"))
f:close()
print(select(2, io.open(name, "z")) == name .. ": Invalid argument", select(3, io.open(name, "z")))
print(io.open(name, "") == nil)
os.remove(name)

-- (expected output, from lua5.1)
-- expect: abcdef
-- expect: Xbcdef
-- expect: new
-- expect: new!
-- expect: true	22
-- expect: true
