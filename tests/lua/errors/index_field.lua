-- indexing a nil field names the field
local function try(f) return select(2, pcall(f)) end
local t = {a = {}}
print(try(function() return t.a.b.c end)) -- expect: tests/lua/errors/index_field.lua:4: attempt to index field 'b' (a nil value)
print(try(function() return t.missing.x end)) -- expect: tests/lua/errors/index_field.lua:5: attempt to index field 'missing' (a nil value)
print(try(function() t.missing.x = 1 end)) -- expect: tests/lua/errors/index_field.lua:6: attempt to index field 'missing' (a nil value)
print(try(function() local q = {n = 3}; return q.n.x end)) -- expect: tests/lua/errors/index_field.lua:7: attempt to index field 'n' (a number value)
