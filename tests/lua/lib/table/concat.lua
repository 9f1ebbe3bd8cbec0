-- table.concat with separators and ranges
local t = {1, 2, "three", 4.5}
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 3))
print("[" .. table.concat(t, "-", 3, 2) .. "]")
print("[" .. table.concat({}) .. "]")
print(table.concat({"a"}, ","))
print(table.concat({1, 2, 3}, 0))
print(table.concat({[1] = "x", [2] = "y", [5] = "z"}, ","))

-- (expected output, from lua5.1)
-- expect: 12three4.5
-- expect: 1, 2, three, 4.5
-- expect: 2-three-4.5
-- expect: 2-three
-- expect: []
-- expect: []
-- expect: a
-- expect: 10203
-- expect: x,y
