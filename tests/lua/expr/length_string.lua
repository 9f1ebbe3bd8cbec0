-- # on strings counts bytes.
print(#"") -- expect: 0
print(#"hello") -- expect: 5
print(#"a\0b") -- expect: 3
local s = "abc"
print(#s) -- expect: 3
print(#(s .. s)) -- expect: 6
print(#"\n\t") -- expect: 2
print(#[[
xy]]) -- expect: 2
