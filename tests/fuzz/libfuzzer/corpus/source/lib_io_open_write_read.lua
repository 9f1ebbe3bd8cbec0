-- io.open for writing and reading back, read formats
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(io.type(f))
print(f:write("line one\n", "line two\n", 42, " ", 3.5, "\n", "last"))
print(f:close())
print(io.type(f))
f = assert(io.open(name, "r"))
print(f:read())
print(f:read("*l"))
print(f:read("*n"), f:read("*n"))
print(f:read("*l"))
print(f:read("*a"))
print(f:read("*a") == "", f:read("*l"), f:read(0), f:read(1))
f:close()
f = assert(io.open(name))
print(f:read(4), f:read(0), f:read(5))
print(f:read("*l", "*l"))
f:close()
os.remove(name)

-- (expected output, from lua5.1)
-- expect: file
-- expect: true
-- expect: true
-- expect: closed file
-- expect: line one
-- expect: line two
-- expect: 42	3.5
-- expect:
-- expect: last
-- expect: true	nil	nil	nil
-- expect: line		 one
-- expect:
-- expect: line two	42 3.5
