-- Numerals with leading or trailing decimal point.
print(.5) -- expect: 0.5
print(3.) -- expect: 3
print(3.0) -- expect: 3
print(0.25) -- expect: 0.25
print(.5 + .5) -- expect: 1
print(3. == 3) -- expect: true
print(007) -- expect: 7
print(1.50) -- expect: 1.5
