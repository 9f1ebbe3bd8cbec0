-- Strings compare lexicographically (byte order in the C locale).
print("a" < "b") -- expect: true
print("abc" < "abd") -- expect: true
print("abc" < "ab") -- expect: false
print("" < "a") -- expect: true
print("Z" < "a") -- expect: true
print("10" < "9") -- expect: true
print("a" <= "a", "b" >= "a") -- expect: true	true
print("abc" == "abc") -- expect: true
print("a\0b" < "a\0c") -- expect: true
print("a" < "a\0") -- expect: true
