-- Concatenations of many numbers and strings at once (the interpreter formats up to eight
-- numbers of a concatenation straight into its buffer and converts the rest): results as
-- lua5.1's, including where __concat sees a number already made a string.
print(1 .. 2 .. 3 .. "x" .. 4.5 .. -0.0 .. 1e300 .. 2^53) -- expect: 123x4.5-01e+3009.007199254741e+15
local t = {}
for i = 1, 20 do t[i] = i end
print(table.concat(t, ",")) -- expect: 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20
local a, b, c, d, e, f, g, h, i2, j = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
print(a .. b .. c .. d .. e .. f .. g .. h .. i2 .. j .. "s" .. a .. b) -- expect: 12345678910s12
print("" .. 5, 5 .. "", 1 .. "") -- expect: 5	5	1
local mt = {__concat = function(x, y) return type(x) .. "+" .. type(y) end}
local o = setmetatable({}, mt)
print(o .. 1, 1 .. o, o .. 1 .. 2, 1 .. 2 .. o, "a" .. 3 .. o) -- expect: table+number	number+table	table+string	1number+table	anumber+table
print(pcall(function() return 1 .. {} .. 2 end)) -- expect: false	tests/lua/expr/concat_numbers.lua:14: attempt to concatenate a table value
