-- characters that are not tokens
print(loadstring("x = @")) -- expect: nil	[string "x = @"]:1: unexpected symbol near '@'
print(loadstring("x = $")) -- expect: nil	[string "x = $"]:1: unexpected symbol near '$'
print(loadstring("x = `")) -- expect: nil	[string "x = `"]:1: unexpected symbol near '`'
print(loadstring("x = 1 ! 2")) -- expect: nil	[string "x = 1 ! 2"]:1: unexpected symbol near '!'
print(loadstring("x = ~1")) -- expect: nil	[string "x = ~1"]:1: unexpected symbol near '~'
print(loadstring("x = a ? b")) -- expect: nil	[string "x = a ? b"]:1: unexpected symbol near '?'
