-- 5.2/5.3 operators are not valid in 5.1
print(loadstring("x = 7 // 2")) -- expect: nil	[string "x = 7 // 2"]:1: unexpected symbol near '/'
print(loadstring("x = 1 & 2")) -- expect: nil	[string "x = 1 & 2"]:1: unexpected symbol near '&'
print(loadstring("x = 1 | 2")) -- expect: nil	[string "x = 1 | 2"]:1: unexpected symbol near '|'
print(loadstring("x = 1 << 2")) -- expect: nil	[string "x = 1 << 2"]:1: unexpected symbol near '<'
print(type(loadstring("x = 1 ~= 2"))) -- expect: function
