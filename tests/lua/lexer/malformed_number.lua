-- Malformed numerals are lexer errors.
print(loadstring("return 1..2")) -- expect: nil	[string "return 1..2"]:1: malformed number near '1..2'
print(loadstring("return 3x")) -- expect: nil	[string "return 3x"]:1: malformed number near '3x'
print(loadstring("return 1e")) -- expect: nil	[string "return 1e"]:1: malformed number near '1e'
print(loadstring("return 0xg")) -- expect: nil	[string "return 0xg"]:1: malformed number near '0xg'
print((loadstring("return 1 .. 2"))()) -- expect: 12
