-- Number-to-string conversion uses %.14g.
print(1e15) -- expect: 1e+15
print(1e14) -- expect: 1e+14
print(123456789012) -- expect: 123456789012
print(12345678901234) -- expect: 12345678901234
print(123456789012345) -- expect: 1.2345678901234e+14
print(1e100) -- expect: 1e+100
print(2^53) -- expect: 9.007199254741e+15
print(2^31) -- expect: 2147483648
print(-1e15) -- expect: -1e+15
