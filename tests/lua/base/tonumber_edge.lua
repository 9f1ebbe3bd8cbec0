-- numbers that overflow or use exponents
print(tonumber("1e400"), tonumber("-1e400")) -- expect: inf	-inf
print(tonumber("1E2"), tonumber("1e+2"), tonumber("1e-2")) -- expect: 100	100	0.01
print(tonumber("0x7fffffff"), tonumber("0xffffffff")) -- expect: 2147483647	4294967295
print(tonumber("007"), tonumber("1e1e1")) -- expect: 7	nil
print(tonumber("1e"), tonumber("e1"), tonumber("0x")) -- expect: nil	nil	nil
