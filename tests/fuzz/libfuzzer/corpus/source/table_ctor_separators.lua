-- Fields may be separated by , or ; and a trailing separator is allowed.
local a = {1, 2, 3,}
print(#a) -- expect: 3
local b = {1; 2; 3;}
print(#b) -- expect: 3
local c = {1, 2; x = 3, y = 4;}
print(#c, c.x, c.y) -- expect: 2	3	4
local d = {x = 1,}
print(d.x) -- expect: 1
print(loadstring("return {,}")) -- expect: nil	[string "return {,}"]:1: unexpected symbol near ','
print(loadstring("return {1,,2}")) -- expect: nil	[string "return {1,,2}"]:1: unexpected symbol near ','
