-- pcall argument errors
print(pcall(pcall)) -- expect: false	bad argument #1 to '?' (value expected)
print(pcall(pcall, nil)) -- expect: true	false	attempt to call a nil value
print(pcall(42)) -- expect: false	attempt to call a number value
print(pcall({})) -- expect: false	attempt to call a table value
