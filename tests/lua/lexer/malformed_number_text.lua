-- A malformed decimal numeral is quoted as Lua 5.1 reads it (the sign after an 'E' that does not
-- follow the digits is not part of it), also now that hexadecimal floats are read LuaJIT's way.
print(loadstring("return 01F0E+1", "=c")) -- expect: nil	c:1: malformed number near '01F0E'
print(loadstring("return 3e+1x", "=c")) -- expect: nil	c:1: malformed number near '3e+1x'
print(loadstring("return 1.5.5", "=c")) -- expect: nil	c:1: malformed number near '1.5.5'
print(loadstring("return 0x1e+1", "=c")()) -- expect: 31
print(loadstring("return 0x1g+1", "=c")) -- expect: nil	c:1: malformed number near '0x1g'
