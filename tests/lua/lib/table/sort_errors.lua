-- table.sort diagnostics
local function e(f) print(select(2, pcall(f))) end
e(function() table.sort({1, "x", 2}) end)
e(function() table.sort({1, 2, 3}, 1) end)
e(function() table.sort(nil) end)
e(function() table.sort({{}, {}}) end)
local t = {}
for i = 1, 100 do t[i] = i end
e(function() table.sort(t, function(a, b) return true end) end)
local u = {}
for i = 1, 10 do u[i] = 11 - i end
e(function() table.sort(u, function(a, b) return true end) end)
e(function() table.sort({3, 2, 1}, function(a, b) error("boom") end) end)

-- (expected output, from lua5.1)
-- expect: attempt to compare string with number
-- expect: tests/lua/lib/table/sort_errors.lua:4: bad argument #2 to 'sort' (function expected, got number)
-- expect: tests/lua/lib/table/sort_errors.lua:5: bad argument #1 to 'sort' (table expected, got nil)
-- expect: attempt to compare two table values
-- expect: tests/lua/lib/table/sort_errors.lua:9: invalid order function for sorting
-- expect: tests/lua/lib/table/sort_errors.lua:12: invalid order function for sorting
-- expect: tests/lua/lib/table/sort_errors.lua:13: boom
