-- number formatting uses %.14g
print(1e15) -- expect: 1e+15
print(1e16) -- expect: 1e+16
print(0.1) -- expect: 0.1
print(-0) -- expect: -0
print(2^63) -- expect: 9.2233720368548e+18
print(1/3) -- expect: 0.33333333333333
print(100, -100, 1.5, -2.25) -- expect: 100	-100	1.5	-2.25
print(123456789012345) -- expect: 1.2345678901234e+14
print(1234567890123456) -- expect: 1.2345678901235e+15
print(2^53) -- expect: 9.007199254741e+15
print(1e100, 1e-100) -- expect: 1e+100	1e-100
