-- Numerals with exponents.
print(1e10) -- expect: 10000000000
print(1E2) -- expect: 100
print(1e-2) -- expect: 0.01
print(2.5e+3) -- expect: 2500
print(5e0) -- expect: 5
print(.5e1) -- expect: 5
print(3.e2) -- expect: 300
print(1e-300 * 1e-300) -- expect: 0
