-- table.concat diagnostics
local function e(f) print(select(2, pcall(f))) end
e(function() return table.concat({1, {}, 3}) end)
e(function() return table.concat({1, 2, nil, 4}, ",", 1, 4) end)
e(function() return table.concat({true}) end)
e(function() return table.concat() end)
e(function() return table.concat({}, {}) end)
e(function() return table.concat({1, 2}, ",", 1, 5) end)

-- (expected output, from lua5.1)
-- expect: tests/lua/lib/table/concat_errors.lua:3: invalid value (table) at index 2 in table for 'concat'
-- expect: tests/lua/lib/table/concat_errors.lua:4: invalid value (nil) at index 3 in table for 'concat'
-- expect: tests/lua/lib/table/concat_errors.lua:5: invalid value (boolean) at index 1 in table for 'concat'
-- expect: tests/lua/lib/table/concat_errors.lua:6: bad argument #1 to 'concat' (table expected, got no value)
-- expect: tests/lua/lib/table/concat_errors.lua:7: bad argument #2 to 'concat' (string expected, got table)
-- expect: tests/lua/lib/table/concat_errors.lua:8: invalid value (nil) at index 3 in table for 'concat'
