-- and/or return one of their operands, not a boolean.
print(1 and 2) -- expect: 2
print(nil and 2) -- expect: nil
print(false and nil) -- expect: false
print(1 or 2) -- expect: 1
print(nil or "default") -- expect: default
print(false or false) -- expect: false
print(0 and "zero is true") -- expect: zero is true
print("" and "empty is true") -- expect: empty is true
local t = {}
print((nil or t) == t) -- expect: true
