-- * / % bind tighter than + -; left associative.
print(1 + 2 * 3) -- expect: 7
print((1 + 2) * 3) -- expect: 9
print(10 - 4 - 3) -- expect: 3
print(100 / 10 / 5) -- expect: 2
print(2 * 3 % 4) -- expect: 2
print(2 + 7 % 4) -- expect: 5
print(1 - 2 * 3 + 4) -- expect: -1
print(8 / 2 * 4) -- expect: 16
