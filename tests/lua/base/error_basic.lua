-- error values come back from pcall
print(pcall(error, "m", 0)) -- expect: false	m
print(pcall(error, "m")) -- expect: false	m
print(pcall(function() error("m") end)) -- expect: false	tests/lua/base/error_basic.lua:4: m
print(pcall(function() error("m", 0) end)) -- expect: false	m
print(pcall(function() error() end)) -- expect: false	nil
