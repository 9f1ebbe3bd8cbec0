-- tonumber accepts the same numerals as the lexer, plus surrounding spaces.
print(tonumber("0x10")) -- expect: 16
print(tonumber("  10  ")) -- expect: 10
print(tonumber("1e2")) -- expect: 100
print(tonumber(".5")) -- expect: 0.5
print(tonumber("5.")) -- expect: 5
print(tonumber("abc")) -- expect: nil
print(tonumber("")) -- expect: nil
print(tonumber("1e")) -- expect: nil
print(tonumber("10", 2)) -- expect: 2
print(tonumber("ff", 16)) -- expect: 255
print(tonumber("zz", 36)) -- expect: 1295
print(tonumber("8", 8)) -- expect: nil
