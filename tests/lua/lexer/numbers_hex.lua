-- Hexadecimal numerals.
print(0xff) -- expect: 255
print(0XFF) -- expect: 255
print(0xA) -- expect: 10
print(0x10 + 1) -- expect: 17
print(0x0) -- expect: 0
print(0xDeadBeef) -- expect: 3735928559
print(-0x10) -- expect: -16
print(0x7fffffff) -- expect: 2147483647
