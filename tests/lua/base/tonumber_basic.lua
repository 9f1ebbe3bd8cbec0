-- tonumber with default base
print(tonumber("10"), tonumber("  12  "), tonumber("12a")) -- expect: 10	12	nil
print(tonumber("0x10"), tonumber("0X1f"), tonumber("1e1")) -- expect: 16	31	10
print(tonumber(""), tonumber(" "), tonumber("abc")) -- expect: nil	nil	nil
print(tonumber("-5"), tonumber("+5"), tonumber("- 5")) -- expect: -5	5	nil
print(tonumber(".5"), tonumber("5."), tonumber(".")) -- expect: 0.5	5	nil
print(tonumber(42), tonumber(nil), tonumber(true)) -- expect: 42	nil	nil
print(tonumber({}), tonumber("1e"), tonumber("0x")) -- expect: nil	nil	nil
print(tonumber("\t7\n"), tonumber("1 2")) -- expect: 7	nil
