-- \ddd decimal escapes read at most three digits.
print("\65\066\067") -- expect: ABC
print("\0671") -- expect: C1
print("\097\98c") -- expect: abc
print(#"\0") -- expect: 1
print(#"a\0b\0") -- expect: 4
print("a\0b" == "a\0c") -- expect: false
print("\1234" == "{4") -- expect: true
print(#"\255\255") -- expect: 2
