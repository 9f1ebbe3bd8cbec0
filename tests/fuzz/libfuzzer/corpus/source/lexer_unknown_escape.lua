-- In 5.1 an unknown escape just yields the character itself.
print("\q") -- expect: q
print("\z" == "z") -- expect: true
print("\x41") -- expect: x41
print(#"\/") -- expect: 1
