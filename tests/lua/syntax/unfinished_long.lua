-- unfinished long strings and comments
print(loadstring("x = [[abc")) -- expect: nil	[string "x = [[abc"]:1: unfinished long string near '<eof>'
print(loadstring("x = [==[abc]]")) -- expect: nil	[string "x = [==[abc]]"]:1: unfinished long string near '<eof>'
print(loadstring("--[[ comment never closed")) -- expect: nil	[string "--[[ comment never closed"]:1: unfinished long comment near '<eof>'
print(loadstring("--[==[\nline\nline\n")) -- expect: nil	[string "--[==[..."]:4: unfinished long comment near '<eof>'
print(loadstring("x = [[\n\n")) -- expect: nil	[string "x = [[..."]:3: unfinished long string near '<eof>'
