-- Unterminated strings and comments.
print(loadstring("x = 'abc")) -- expect: nil	[string "x = 'abc"]:1: unfinished string near '<eof>'
print(loadstring("x = \"abc\ny\"")) -- expect: nil	[string "x = "abc..."]:1: unfinished string near '"abc'
print(loadstring("x = [[abc")) -- expect: nil	[string "x = [[abc"]:1: unfinished long string near '<eof>'
print(loadstring("--[[ comment")) -- expect: nil	[string "--[[ comment"]:1: unfinished long comment near '<eof>'
print(loadstring("x = [==[ abc ]=]")) -- expect: nil	[string "x = [==[ abc ]=]"]:1: unfinished long string near '<eof>'
