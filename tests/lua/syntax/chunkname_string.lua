-- default chunk names quote the source
print(loadstring("x =")) -- expect: nil	[string "x ="]:1: unexpected symbol near '<eof>'
print(loadstring("\nx =")) -- expect: nil	[string "..."]:2: unexpected symbol near '<eof>'
print(loadstring("local a = 1\nx =")) -- expect: nil	[string "local a = 1..."]:2: unexpected symbol near '<eof>'
print(loadstring("  x =")) -- expect: nil	[string "  x ="]:1: unexpected symbol near '<eof>'
print(loadstring("x = 'multi'\ny =")) -- expect: nil	[string "x = 'multi'..."]:2: unexpected symbol near '<eof>'
