-- nil and NaN are invalid table keys for assignment
local function try(f) return select(2, pcall(f)) end
print(try(function() local t = {}; t[nil] = 1 end)) -- expect: tests/lua/errors/table_index.lua:3: table index is nil
print(try(function() local t = {}; t[0/0] = 1 end)) -- expect: tests/lua/errors/table_index.lua:4: table index is NaN
print(try(function() local k; local t = {[k] = 1} end)) -- expect: tests/lua/errors/table_index.lua:5: table index is nil
print(try(function() local t = {[0/0] = 1} end)) -- expect: tests/lua/errors/table_index.lua:6: table index is NaN
print(try(function() rawset({}, nil, 1) end)) -- expect: table index is nil
-- reading with nil or NaN key is fine
local t = {}
print(t[nil], t[0/0]) -- expect: nil	nil
