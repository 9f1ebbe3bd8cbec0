-- Decimal escapes above 255 are rejected.
print(loadstring("x = '\\300'")) -- expect: nil	[string "x = '\300'"]:1: escape sequence too large near '''
print(loadstring("x = '\\256'")) -- expect: nil	[string "x = '\256'"]:1: escape sequence too large near '''
local f = loadstring("return '\\255'")
print(#f()) -- expect: 1
print(f() == "\255") -- expect: true
