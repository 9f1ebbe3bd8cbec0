-- using a closed file is an error; io.type reports "closed file"
local name = os.tmpname()
local f = assert(io.open(name, "w"))
f:close()
print(io.type(f), tostring(f))
print(pcall(f.read, f))
print(pcall(f.write, f, "x"))
print(pcall(f.close, f))
print(pcall(f.lines, f))
print(pcall(f.seek, f))
print(io.type(42), io.type({}), io.type(nil), io.type(io.stdout))
print(pcall(io.type))
print(tostring(io.stdout):match("^file %(") ~= nil)
print(pcall(f.read, 1))
os.remove(name)

-- (expected output, from lua5.1)
-- expect: closed file	file (closed)
-- expect: false	attempt to use a closed file
-- expect: false	attempt to use a closed file
-- expect: false	attempt to use a closed file
-- expect: false	attempt to use a closed file
-- expect: false	attempt to use a closed file
-- expect: nil	nil	nil	file
-- expect: false	bad argument #1 to '?' (value expected)
-- expect: true
-- expect: false	bad argument #1 to '?' (FILE* expected, got number)
