-- infinities and very small or large values
print(1/0, -1/0) -- expect: inf	-inf
print(3.0, 3.5, -3.0) -- expect: 3	3.5	-3
print(0.1 + 0.2) -- expect: 0.3
print(1e14, 1e-5, 123e-7) -- expect: 1e+14	1e-05	1.23e-05
print(2^31, 2^32, -2^31) -- expect: 2147483648	4294967296	-2147483648
print(-(0/0) ~= -(0/0)) -- expect: true
