-- concatenation errors
local function try(f) return select(2, pcall(f)) end
print(try(function() local t = {}; return "a" .. t end)) -- expect: tests/lua/errors/concat_errors.lua:3: attempt to concatenate local 't' (a table value)
print(try(function() local t = {}; return t .. "a" end)) -- expect: tests/lua/errors/concat_errors.lua:4: attempt to concatenate local 't' (a table value)
print(try(function() return "x" .. nilglobal end)) -- expect: tests/lua/errors/concat_errors.lua:5: attempt to concatenate global 'nilglobal' (a nil value)
print(try(function() local b = true; return b .. "" end)) -- expect: tests/lua/errors/concat_errors.lua:6: attempt to concatenate local 'b' (a boolean value)
local t = {f = {}}
print(try(function() return "p" .. t.f end)) -- expect: tests/lua/errors/concat_errors.lua:8: attempt to concatenate field 'f' (a table value)
print(try(function() local n; return 1 .. n end)) -- expect: tests/lua/errors/concat_errors.lua:9: attempt to concatenate local 'n' (a nil value)
print(try(function() return "a" .. "b" .. {} .. "c" end)) -- expect: tests/lua/errors/concat_errors.lua:10: attempt to concatenate a table value
