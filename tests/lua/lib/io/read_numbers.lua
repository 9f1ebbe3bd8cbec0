-- "*n" reads numbers in several notations
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:write("10 -3.5 0x10 1e3\n  7 abc")
f:close()
f = assert(io.open(name))
print(f:read("*n", "*n"))
print(f:read("*n"))
print(f:read("*n"))
print(f:read("*n"))
print(f:read("*n"))
print(f:read("*l"))
f:close()
print(pcall(io.read, "*x"))
print(pcall(io.read, "x"))
print(pcall(io.read, {}))
os.remove(name)

-- (expected output, from lua5.1)
-- expect: 10	-3.5
-- expect: 16
-- expect: 1000
-- expect: 7
-- expect: nil
-- expect: abc
-- expect: false	bad argument #1 to '?' (invalid format)
-- expect: false	bad argument #1 to '?' (invalid option)
-- expect: false	bad argument #1 to '?' (invalid option)
