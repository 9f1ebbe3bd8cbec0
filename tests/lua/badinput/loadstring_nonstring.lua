-- loadstring with non-string arguments
print(pcall(loadstring, nil)) -- expect: false	bad argument #1 to '?' (string expected, got nil)
print(pcall(loadstring, {})) -- expect: false	bad argument #1 to '?' (string expected, got table)
print(type(loadstring(12))) -- expect: nil
print(loadstring(12, "=num")) -- expect: nil	num:1: unexpected symbol near '12'
