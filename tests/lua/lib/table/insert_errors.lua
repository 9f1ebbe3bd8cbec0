-- table.insert argument diagnostics
local function e(f) print(select(2, pcall(f))) end
e(function() table.insert({}) end)
e(function() table.insert({}, 1, 2, 3) end)
e(function() table.insert(nil, 1) end)
e(function() table.insert({}, "x", 1) end)
e(function() table.insert() end)

-- (expected output, from lua5.1)
-- expect: tests/lua/lib/table/insert_errors.lua:3: wrong number of arguments to 'insert'
-- expect: tests/lua/lib/table/insert_errors.lua:4: wrong number of arguments to 'insert'
-- expect: tests/lua/lib/table/insert_errors.lua:5: bad argument #1 to 'insert' (table expected, got nil)
-- expect: tests/lua/lib/table/insert_errors.lua:6: bad argument #2 to 'insert' (number expected, got string)
-- expect: tests/lua/lib/table/insert_errors.lua:7: bad argument #1 to 'insert' (table expected, got no value)
