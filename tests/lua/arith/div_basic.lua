-- / always produces a float result.
print(7 / 2) -- expect: 3.5
print(6 / 2) -- expect: 3
print(1 / 4) -- expect: 0.25
print(-9 / 3) -- expect: -3
print(1 / 3 * 3) -- expect: 1
print(10 / 4 / 2) -- expect: 1.25
