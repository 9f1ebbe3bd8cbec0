-- All numbers are doubles; integral values print without a fraction.
print(3.0) -- expect: 3
print(10 / 2) -- expect: 5
print(1e3) -- expect: 1000
print(2^53 == 2^53 + 1) -- expect: true
print(2^52 + 1 == 2^52) -- expect: false
print(0.5 * 4) -- expect: 2
print(-7.0) -- expect: -7
print(1e15 + 1) -- expect: 1e+15
print(123456789 * 1000) -- expect: 123456789000
