-- table.concat with pieces and separators longer than the buffer, numbers formatted in place,
-- ranges outside the array part, and errors for non-string values
local t = {}
for i = 1, 3000 do t[i] = (i % 7 == 0) and string.rep("x", i) or (i % 3 == 0 and i * 1.5 or tostring(i)) end
local s = table.concat(t, string.rep("-", 5000))
print(#s, s:sub(1, 40), s:sub(-40))
local u = {}
for i = 1, 20000 do u[i] = i % 2 == 0 and i or "ab" end
local r = table.concat(u, "")
print(#r, r:sub(1, 30), r:sub(-30))
print("[" .. table.concat({}, "x") .. "]", "[" .. table.concat({1}, "x", 1, 0) .. "]", #table.concat(u, ", ", 100, 19999))
print(pcall(table.concat, {1, 2, {}}, ",", 1, 3))
print(pcall(table.concat, {1, 2}, ",", 1, 3))
print(table.concat({[-1] = "a", [0] = "b", [1] = "c"}, "", -1, 1))

-- (expected output, from lua5.1)
-- expect: 15647944	1---------------------------------------	------------------------------------4500
-- expect: 64449	ab2ab4ab6ab8ab10ab12ab14ab16ab	92ab19994ab19996ab19998ab20000
-- expect: []	[]	104048
-- expect: false	invalid value (table) at index 3 in table for 'concat'
-- expect: false	invalid value (nil) at index 3 in table for 'concat'
-- expect: abc
