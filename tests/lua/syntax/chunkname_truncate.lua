-- long sources are truncated in the chunk name
local long = "x = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + 17 + 18 + 19 + 20 +"
print(loadstring(long)) -- expect: nil	[string "x = 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 ..."]:1: unexpected symbol near '<eof>'
local long2 = "local abcdefghij = 1 local klmnopqrst = 2 local uvwxyz = 3 local more_and_more = 4 ="
print(loadstring(long2)) -- expect: nil	[string "local abcdefghij = 1 local klmnopqrst = 2 local uvwxyz = 3 loca..."]:1: unexpected symbol near '='
print(loadstring("-- first line comment that is fairly long indeed, yes it really is long\nx =")) -- expect: nil	[string "-- first line comment that is fairly long indeed, yes it really..."]:2: unexpected symbol near '<eof>'
