-- % on non-integral numbers.
print(5.5 % 2) -- expect: 1.5
print(-5.5 % 2) -- expect: 0.5
print(5.5 % -2) -- expect: -0.5
print(7.25 % 0.5) -- expect: 0.25
print(1 % 0.25) -- expect: 0
print(3 % 1.5) -- expect: 0
print(-0.5 % 1) -- expect: 0.5
