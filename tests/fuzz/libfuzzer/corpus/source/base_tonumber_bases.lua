-- tonumber with explicit bases 2..36
print(tonumber("1010", 2), tonumber("777", 8), tonumber("ff", 16)) -- expect: 10	511	255
print(tonumber("FF", 16), tonumber("zz", 36), tonumber("Zz", 36)) -- expect: 255	1295	1295
print(tonumber("10", 10), tonumber("10", 36), tonumber("11", 3)) -- expect: 10	36	4
print(tonumber("2", 2), tonumber("9", 8), tonumber("g", 16)) -- expect: nil	nil	nil
print(tonumber("  101  ", 2), tonumber("1 01", 2)) -- expect: 5	nil
print(tonumber("7fffffff", 16), tonumber("100000000", 16)) -- expect: 2147483647	4294967296
print(tonumber("0x10", 16), tonumber("1.5", 10)) -- expect: 16	1.5
print(tonumber(10, 16), tonumber("", 10)) -- expect: 16	nil
