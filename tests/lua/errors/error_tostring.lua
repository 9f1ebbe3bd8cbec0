-- error messages are concatenated with tostring-like conversion of the position
local ok, e = pcall(function() error("x") end)
print(type(e), e) -- expect: string	tests/lua/errors/error_tostring.lua:2: x
local ok2, e2 = pcall(function() error(e) end)
print(e2) -- expect: tests/lua/errors/error_tostring.lua:4: tests/lua/errors/error_tostring.lua:2: x
local ok3, e3 = pcall(function() error(e, 0) end)
print(e3 == e) -- expect: true
