-- strings convert to numbers in arithmetic if they look numeric
local function try(f) return pcall(f) end
print(try(function() return "10" + 1 end)) -- expect: true	11
print(try(function() return "0x10" + 0 end)) -- expect: true	16
print(try(function() return " 5 " * "2" end)) -- expect: true	10
print(try(function() return "1e2" / 4 end)) -- expect: true	25
print(try(function() local s = "abc"; return s + 1 end)) -- expect: false	tests/lua/errors/arith_string.lua:7: attempt to perform arithmetic on local 's' (a string value)
print(try(function() local s = "12a"; return s * 2 end)) -- expect: false	tests/lua/errors/arith_string.lua:8: attempt to perform arithmetic on local 's' (a string value)
print(try(function() return -"3" end)) -- expect: true	-3
print(try(function() local s = "x"; return -s end)) -- expect: false	tests/lua/errors/arith_string.lua:10: attempt to perform arithmetic on local 's' (a string value)
