-- Comparisons bind looser than concat and arithmetic, tighter than and/or.
print(1 + 1 == 2) -- expect: true
print("a" .. "b" < "ac") -- expect: true
print(1 < 2 == true) -- expect: true
print(1 < 2 and 2 < 3) -- expect: true
print(1 == 1 or error("not evaluated")) -- expect: true
print(false == false == true) -- expect: true
print(2 > 1 + 1) -- expect: false
