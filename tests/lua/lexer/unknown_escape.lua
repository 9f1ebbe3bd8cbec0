-- In 5.1 an unknown escape just yields the character itself. LuaJIT rejects it ("invalid escape
-- sequence"); Apogee keeps 5.1's behaviour, so plain 5.1 programs still load.
print("\q") -- expect: q
print(#"\/") -- expect: 1
-- \z and \x are LuaJIT's escapes now (tests/lua/ext/escapes.lua), no longer "z" and "x".
print("\z" == "") -- expect: true
print("\x41") -- expect: A
