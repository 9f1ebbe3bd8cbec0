-- the "near" part names the offending token
print(loadstring("x = 1 2")) -- expect: nil	[string "x = 1 2"]:1: unexpected symbol near '2'
print(loadstring("x = 'str' 'str2'")) -- expect: nil	[string "x = 'str' 'str2'"]:1: unexpected symbol near ''str2''
print(loadstring("x = 1 == == 2")) -- expect: nil	[string "x = 1 == == 2"]:1: unexpected symbol near '=='
print(loadstring("x = ... ...")) -- expect: nil	[string "x = ... ..."]:1: unexpected symbol near '...'
print(loadstring("x = 1 local")) -- expect: nil	[string "x = 1 local"]:1: '<name>' expected near '<eof>'
print(loadstring("x = nil nil")) -- expect: nil	[string "x = nil nil"]:1: unexpected symbol near 'nil'
print(loadstring("x = 1.5 3")) -- expect: nil	[string "x = 1.5 3"]:1: unexpected symbol near '3'
