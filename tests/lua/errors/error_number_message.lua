-- a number error value is not a string, so no position is added
local ok, e = pcall(function() error(7) end)
print(ok, e, type(e)) -- expect: false	tests/lua/errors/error_number_message.lua:2: 7	string
ok, e = pcall(function() error("7") end)
print(ok, e, type(e)) -- expect: false	tests/lua/errors/error_number_message.lua:4: 7	string
ok, e = pcall(function() error(1e100) end)
print(ok, e) -- expect: false	tests/lua/errors/error_number_message.lua:6: 1e+100
