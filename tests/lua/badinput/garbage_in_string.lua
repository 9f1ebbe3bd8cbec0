-- arbitrary bytes are fine inside string literals
local f = loadstring("return '\1\2\255\0'")
print(type(f), #f()) -- expect: function	4
print(#loadstring("return [[\0\0]]")()) -- expect: 2
print(loadstring("return '\0", "=nul")) -- expect: nil	nul:1: unfinished string near '<eof>'
