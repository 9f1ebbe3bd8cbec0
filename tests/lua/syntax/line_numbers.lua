-- error line numbers count newlines in the source
print(loadstring("\n\n\nx =")) -- expect: nil	[string "..."]:4: unexpected symbol near '<eof>'
print(loadstring("a = 1\r\nb =\r\n")) -- expect: nil	[string "a = 1..."]:3: unexpected symbol near '<eof>'
print(loadstring("a = [[\n\n]] b =")) -- expect: nil	[string "a = [[..."]:3: unexpected symbol near '<eof>'
print(loadstring("--[[\n\n]] x =")) -- expect: nil	[string "--[[..."]:3: unexpected symbol near '<eof>'
print(loadstring("x = 'a\\\nb' y =")) -- expect: nil	[string "x = 'a\..."]:2: unexpected symbol near '<eof>'
