-- equality never raises; ordering works for same types
print(1 == "1") -- expect: false
print({} == {}) -- expect: false
print(nil == false) -- expect: false
print("a" < "b", "abc" < "abd", "" < "a") -- expect: true	true	true
print(1 < 2, 2 <= 2, 3 > 4, 3 >= 3) -- expect: true	true	false	true
print("Z" < "a", "10" < "9") -- expect: true	true
print(pcall(function() return 1 ~= "x" end)) -- expect: true	true
