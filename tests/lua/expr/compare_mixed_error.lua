-- Ordering values of different types (or non-ordered types) is an error.
print(pcall(function() return 1 < "2" end)) -- expect: false	tests/lua/expr/compare_mixed_error.lua:2: attempt to compare number with string
print(pcall(function() return {} < {} end)) -- expect: false	tests/lua/expr/compare_mixed_error.lua:3: attempt to compare two table values
print(pcall(function() return nil < 1 end)) -- expect: false	tests/lua/expr/compare_mixed_error.lua:4: attempt to compare nil with number
print(pcall(function() return true <= false end)) -- expect: false	tests/lua/expr/compare_mixed_error.lua:5: attempt to compare two boolean values
print(pcall(function() return "a" >= 1 end)) -- expect: false	tests/lua/expr/compare_mixed_error.lua:6: attempt to compare number with string
