-- Exponentiation.
print(2 ^ 10) -- expect: 1024
print(2 ^ 0.5 == 2 ^ 0.5) -- expect: true
print(9 ^ 0.5) -- expect: 3
print(10 ^ -2) -- expect: 0.01
print(0 ^ 0) -- expect: 1
print(2 ^ 0) -- expect: 1
print((-8) ^ 2) -- expect: 64
print(2 ^ 63) -- expect: 9.2233720368548e+18
print(1 ^ (1/0)) -- expect: 1
print(2 ^ 1024) -- expect: inf
