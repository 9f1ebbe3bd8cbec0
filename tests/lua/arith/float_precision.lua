-- Floating point results follow IEEE doubles.
print(0.1 + 0.2 == 0.3) -- expect: false
print(0.1 + 0.2) -- expect: 0.3
print(1 - 0.9) -- expect: 0.1
print(0.5 + 0.25 == 0.75) -- expect: true
print(1e16 + 1 == 1e16) -- expect: true
print(100 * 1.1) -- expect: 110
