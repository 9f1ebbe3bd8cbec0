-- file:seek with set/cur/end
local name = os.tmpname()
local f = assert(io.open(name, "w+"))
f:write("0123456789")
print(f:seek())
print(f:seek("set"))
print(f:seek("set", 3), f:read(2))
print(f:seek("cur"))
print(f:seek("cur", -1), f:read(1))
print(f:seek("end"))
print(f:seek("end", -2), f:read("*a"))
print(pcall(f.seek, f, "bad"))
print(f:seek("set", -5))
f:close()
os.remove(name)

-- (expected output, from lua5.1)
-- expect: 10
-- expect: 0
-- expect: 3	34
-- expect: 5
-- expect: 4	4
-- expect: 10
-- expect: 8	89
-- expect: false	bad argument #2 to '?' (invalid option 'bad')
-- expect: nil	Invalid argument	22
