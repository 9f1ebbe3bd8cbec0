-- unfinished short strings
print(loadstring("x = 'abc")) -- expect: nil	[string "x = 'abc"]:1: unfinished string near '<eof>'
print(loadstring('x = "abc')) -- expect: nil	[string "x = "abc"]:1: unfinished string near '<eof>'
print(loadstring("x = 'abc\ny'")) -- expect: nil	[string "x = 'abc..."]:1: unfinished string near ''abc'
print(loadstring("x = \"a\\")) -- expect: nil	[string "x = "a\"]:1: unfinished string near '<eof>'
print(loadstring("x = 'ok' y = 'bad")) -- expect: nil	[string "x = 'ok' y = 'bad"]:1: unfinished string near '<eof>'
