-- ordering comparisons between incompatible types
local function try(f) return select(2, pcall(f)) end
print(try(function() return 1 < "2" end)) -- expect: tests/lua/errors/compare_errors.lua:3: attempt to compare number with string
print(try(function() return "2" < 1 end)) -- expect: tests/lua/errors/compare_errors.lua:4: attempt to compare string with number
print(try(function() return {} < {} end)) -- expect: tests/lua/errors/compare_errors.lua:5: attempt to compare two table values
print(try(function() return {} <= {} end)) -- expect: tests/lua/errors/compare_errors.lua:6: attempt to compare two table values
print(try(function() return nil < 1 end)) -- expect: tests/lua/errors/compare_errors.lua:7: attempt to compare nil with number
print(try(function() return true > false end)) -- expect: tests/lua/errors/compare_errors.lua:8: attempt to compare two boolean values
print(try(function() return 1 >= {} end)) -- expect: tests/lua/errors/compare_errors.lua:9: attempt to compare table with number
print(try(function() local f = function() end; return f < f end)) -- expect: tests/lua/errors/compare_errors.lua:10: attempt to compare two function values
