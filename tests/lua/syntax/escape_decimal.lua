-- decimal escapes up to three digits
print(loadstring([[return "\1234"]])()) -- expect: {4
print(#loadstring([[return "\255"]])()) -- expect: 1
-- \x and \z are LuaJIT's escapes (tests/lua/ext/escapes.lua)
print(loadstring([[return "\x41"]])()) -- expect: A
print(loadstring([[return "\z  x"]])()) -- expect: x
