-- setvbuf and flush
local name = os.tmpname()
local f = assert(io.open(name, "w"))
print(f:setvbuf("no"))
print(f:setvbuf("full", 1024))
print(f:setvbuf("line"))
print(pcall(f.setvbuf, f, "bogus"))
print(pcall(f.setvbuf, f))
f:write("x")
print(f:flush())
print(io.flush())
f:close()
os.remove(name)

-- (expected output, from lua5.1)
-- expect: true
-- expect: true
-- expect: true
-- expect: false	bad argument #2 to '?' (invalid option 'bogus')
-- expect: false	bad argument #2 to '?' (string expected, got no value)
-- expect: true
-- expect: true
