-- unpack with nil holes and explicit ranges
local t = {1, nil, 3, n = 3}
print(unpack(t, 1, t.n)) -- expect: 1	nil	3
print(select('#', unpack(t, 1, t.n))) -- expect: 3
print(unpack({nil, nil, "x"}, 1, 3)) -- expect: nil	nil	x
print(unpack({[0] = "zero", "one"}, 0, 1)) -- expect: zero	one
print(unpack({[-1] = "m", [0] = "z"}, -1, 0)) -- expect: m	z
print(pcall(unpack)) -- expect: false	bad argument #1 to '?' (table expected, got no value)
print(pcall(unpack, nil)) -- expect: false	bad argument #1 to '?' (table expected, got nil)
