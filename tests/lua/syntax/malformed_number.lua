-- malformed numbers
print(loadstring("x = 1e")) -- expect: nil	[string "x = 1e"]:1: malformed number near '1e'
print(loadstring("x = 12abc")) -- expect: nil	[string "x = 12abc"]:1: malformed number near '12abc'
print(loadstring("x = 0xg")) -- expect: nil	[string "x = 0xg"]:1: malformed number near '0xg'
print(loadstring("x = 1..2")) -- expect: nil	[string "x = 1..2"]:1: malformed number near '1..2'
print(loadstring("x = 3.4.5")) -- expect: nil	[string "x = 3.4.5"]:1: malformed number near '3.4.5'
print(loadstring("x = 1e+")) -- expect: nil	[string "x = 1e+"]:1: malformed number near '1e+'
