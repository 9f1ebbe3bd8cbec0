-- not returns a boolean; only nil and false are falsy.
print(not nil) -- expect: true
print(not false) -- expect: true
print(not 0) -- expect: false
print(not "") -- expect: false
print(not {}) -- expect: false
print(not not 5) -- expect: true
print(type(not 1)) -- expect: boolean
