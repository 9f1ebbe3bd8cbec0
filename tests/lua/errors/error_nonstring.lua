-- non-string error values are passed through unchanged (numbers count as strings)
local t = {}
local ok, e = pcall(error, t)
print(ok, e == t) -- expect: false	true
ok, e = pcall(function() error(t) end)
print(ok, e == t, type(e)) -- expect: false	true	table
print(pcall(error)) -- expect: false	nil
print(pcall(error, nil)) -- expect: false	nil
print(pcall(function() error(42) end)) -- expect: false	tests/lua/errors/error_nonstring.lua:9: 42
print(pcall(function() error(true) end)) -- expect: false	true
print(select('#', pcall(error))) -- expect: 2
print(pcall(function() error(12.5, 2) end)) -- expect: false	12.5
