-- a source beginning with = or @ is itself used as the chunk name by loadstring
print(loadstring("= 1")) -- expect: nil	 1:1: unexpected symbol near '='
print(loadstring("=x")) -- expect: nil	x:1: unexpected symbol near '='
print(loadstring("@x y")) -- expect: nil	x y:1: unexpected symbol near '@'
print(loadstring("x = 1", "=ok") ~= nil) -- expect: true
