-- indexing a nil/number/boolean local reports the local's name
local function try(f) return select(2, pcall(f)) end
print(try(function() local t; return t.x end)) -- expect: tests/lua/errors/index_local.lua:3: attempt to index local 't' (a nil value)
print(try(function() local t = nil; return t[1] end)) -- expect: tests/lua/errors/index_local.lua:4: attempt to index local 't' (a nil value)
print(try(function() local n = 5; return n.field end)) -- expect: tests/lua/errors/index_local.lua:5: attempt to index local 'n' (a number value)
print(try(function() local b = true; return b.x end)) -- expect: tests/lua/errors/index_local.lua:6: attempt to index local 'b' (a boolean value)
print(try(function() local t; t.x = 1 end)) -- expect: tests/lua/errors/index_local.lua:7: attempt to index local 't' (a nil value)
print(try(function() local t = false; t[1] = 2 end)) -- expect: tests/lua/errors/index_local.lua:8: attempt to index local 't' (a boolean value)
