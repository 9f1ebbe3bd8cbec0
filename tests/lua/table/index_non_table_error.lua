-- Indexing a non-table value is an error.
print(pcall(function() local x = 5; return x.y end)) -- expect: false	tests/lua/table/index_non_table_error.lua:2: attempt to index local 'x' (a number value)
print(pcall(function() local x; x.y = 1 end)) -- expect: false	tests/lua/table/index_non_table_error.lua:3: attempt to index local 'x' (a nil value)
print(pcall(function() return nothing.field end)) -- expect: false	tests/lua/table/index_non_table_error.lua:4: attempt to index global 'nothing' (a nil value)
local t = {}
print(pcall(function() return t.a.b end)) -- expect: false	tests/lua/table/index_non_table_error.lua:6: attempt to index field 'a' (a nil value)
print(pcall(function() local b = true; return b[1] end)) -- expect: false	tests/lua/table/index_non_table_error.lua:7: attempt to index local 'b' (a boolean value)
