-- loadstring returns nil plus a message on syntax errors
print(loadstring("x =")) -- expect: nil	[string "x ="]:1: unexpected symbol near '<eof>'
print(loadstring("return return")) -- expect: nil	[string "return return"]:1: unexpected symbol near 'return'
print(loadstring("1 + 1")) -- expect: nil	[string "1 + 1"]:1: unexpected symbol near '1'
local f, e = loadstring("for")
print(f, e) -- expect: nil	[string "for"]:1: '<name>' expected near '<eof>'
print(pcall(loadstring)) -- expect: false	bad argument #1 to '?' (string expected, got no value)
