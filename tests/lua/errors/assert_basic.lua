-- assert behaviour
print(pcall(assert, false)) -- expect: false	assertion failed!
print(pcall(assert, nil)) -- expect: false	assertion failed!
print(pcall(assert)) -- expect: false	bad argument #1 to '?' (value expected)
print(pcall(assert, false, "custom message")) -- expect: false	custom message
print(pcall(assert, nil, "with nil")) -- expect: false	with nil
print(assert(1, 2, 3)) -- expect: 1	2	3
print(assert("x")) -- expect: x
print(select('#', assert(true, nil, nil))) -- expect: 3
