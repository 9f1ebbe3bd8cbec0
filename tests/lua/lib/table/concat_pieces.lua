-- table.concat copies short pieces straight into its buffer; long pieces,
-- long separators and numbers must come out the same
local t = {}
for i = 1, 3000 do t[i] = i % 7 == 0 and i or (i % 11 == 0 and i / 4 or "x" .. i) end
local s = table.concat(t)
print(#s, s:sub(1, 40), s:sub(-40))
s = table.concat(t, ", ", 10, 2990)
print(#s, s:sub(1, 40), s:sub(-40))
local long = string.rep("L", 10000)
print(#table.concat({ "a", long, "b", long }, "|"), #table.concat({ 1, 2, 3 }, long))
print(table.concat({ "a", "", "b", "", "" }, ""), table.concat({ "", "" }, "-"), table.concat({ 1.5, -0.25, 1e100 }, " "))
print(table.concat({ "a\0b", "c" }, "\0") == "a\0b\0c")
print(pcall(table.concat, { "a", "b", true }))
print(pcall(table.concat, { "a", {}, "c" }, ", "))
print(pcall(table.concat, { [1] = "a", [3] = "c" }, ",", 1, 3))

-- (expected output, from lua5.1)
-- expect: 13516	x1x2x3x4x5x67x8x9x102.75x12x1314x15x16x1	8x2993x2994x29952996x2997x2998x2999x3000
-- expect: 19412	x10, 2.75, x12, x13, 14, x15, x16, x17, 	 x2985, x2986, x2987, x2988, 2989, x2990
-- expect: 20005	20003
-- expect: ab	-	1.5 -0.25 1e+100
-- expect: true
-- expect: false	invalid value (boolean) at index 3 in table for 'concat'
-- expect: false	invalid value (table) at index 2 in table for 'concat'
-- expect: false	invalid value (nil) at index 2 in table for 'concat'
