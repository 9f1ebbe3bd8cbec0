-- Large integral values are exact up to 2^53.
local big = 2^53
print(big - 1) -- expect: 9.007199254741e+15
print(big - 1 == 9007199254740991) -- expect: true
print(2^31 * 2) -- expect: 4294967296
print(4294967296 * 4294967296) -- expect: 1.844674407371e+19
print(99999999999999) -- expect: 99999999999999
print(-2^31) -- expect: -2147483648
