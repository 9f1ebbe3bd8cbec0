-- invalid assignment targets
print(loadstring("f() = 1")) -- expect: nil	[string "f() = 1"]:1: unexpected symbol near '='
print(loadstring("1 = x")) -- expect: nil	[string "1 = x"]:1: unexpected symbol near '1'
print(loadstring("'s' = 1")) -- expect: nil	[string "'s' = 1"]:1: unexpected symbol near ''s''
print(loadstring("a.b:c = 1")) -- expect: nil	[string "a.b:c = 1"]:1: function arguments expected near '='
print(loadstring("x, f() = 1, 2")) -- expect: nil	[string "x, f() = 1, 2"]:1: syntax error near '='
print(loadstring("(a) = 1")) -- expect: nil	[string "(a) = 1"]:1: syntax error near '='
