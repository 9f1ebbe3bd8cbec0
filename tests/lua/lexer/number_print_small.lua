-- Printing of fractional numbers.
print(0.1) -- expect: 0.1
print(1/3) -- expect: 0.33333333333333
print(2/3) -- expect: 0.66666666666667
print(1e-5) -- expect: 1e-05
print(0.0001) -- expect: 0.0001
print(0.1 + 0.2) -- expect: 0.3
print(-0.5) -- expect: -0.5
print(1e-100) -- expect: 1e-100
