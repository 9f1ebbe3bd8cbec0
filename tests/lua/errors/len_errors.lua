-- length of non-string non-table values
local function try(f) return select(2, pcall(f)) end
print(try(function() local n = 5; return #n end)) -- expect: tests/lua/errors/len_errors.lua:3: attempt to get length of local 'n' (a number value)
print(try(function() return #undefinedg end)) -- expect: tests/lua/errors/len_errors.lua:4: attempt to get length of global 'undefinedg' (a nil value)
print(try(function() local b = false; return #b end)) -- expect: tests/lua/errors/len_errors.lua:5: attempt to get length of local 'b' (a boolean value)
local t = {}
print(try(function() return #t.x end)) -- expect: tests/lua/errors/len_errors.lua:7: attempt to get length of field 'x' (a nil value)
print(try(function() local f = print; return #f end)) -- expect: tests/lua/errors/len_errors.lua:8: attempt to get length of local 'f' (a function value)
print(#"abc", #{1, 2, 3}) -- expect: 3	3
