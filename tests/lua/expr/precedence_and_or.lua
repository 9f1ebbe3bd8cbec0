-- and binds tighter than or.
print(true or false and nil) -- expect: true
print(nil and 1 or 2) -- expect: 2
print(false or nil and 1) -- expect: nil
print(1 or 2 and 3) -- expect: 1
print((1 or 2) and 3) -- expect: 3
print(nil or false) -- expect: false
print(false or nil) -- expect: nil
print(1 and 2 or 3 and 4) -- expect: 2
