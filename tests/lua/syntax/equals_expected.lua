-- "'=' expected" errors
print(loadstring("x")) -- expect: nil	[string "x"]:1: '=' expected near '<eof>'
print(loadstring("x y")) -- expect: nil	[string "x y"]:1: '=' expected near 'y'
print(loadstring("a.b")) -- expect: nil	[string "a.b"]:1: '=' expected near '<eof>'
print(loadstring("a, b")) -- expect: nil	[string "a, b"]:1: '=' expected near '<eof>'
print(loadstring("a[1] 2")) -- expect: nil	[string "a[1] 2"]:1: '=' expected near '2'
