-- % with positive operands.
print(7 % 3) -- expect: 1
print(6 % 3) -- expect: 0
print(0 % 5) -- expect: 0
print(3 % 7) -- expect: 3
print(100 % 7) -- expect: 2
print(2^40 % 10) -- expect: 6
