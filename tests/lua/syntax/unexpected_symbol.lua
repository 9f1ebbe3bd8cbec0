-- "unexpected symbol" errors
print(loadstring("x = ")) -- expect: nil	[string "x = "]:1: unexpected symbol near '<eof>'
print(loadstring("x = )")) -- expect: nil	[string "x = )"]:1: unexpected symbol near ')'
print(loadstring("= 1")) -- expect: nil	 1:1: unexpected symbol near '='
print(loadstring("local = 1")) -- expect: nil	[string "local = 1"]:1: '<name>' expected near '='
print(loadstring("x = 1 +")) -- expect: nil	[string "x = 1 +"]:1: unexpected symbol near '<eof>'
print(loadstring("(1)")) -- expect: nil	[string "(1)"]:1: syntax error near '<eof>'
print(loadstring("f(,)")) -- expect: nil	[string "f(,)"]:1: unexpected symbol near ','
