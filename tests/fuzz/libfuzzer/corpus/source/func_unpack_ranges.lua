-- unpack with explicit ranges.
local t = {"a", "b", "c", "d"}
print(unpack(t, 2)) -- expect: b	c	d
print(unpack(t, 2, 3)) -- expect: b	c
print(unpack(t, 3, 6)) -- expect: c	d	nil	nil
print(unpack(t, 0, 1)) -- expect: nil	a
print(unpack(t, 3, 2)) -- expect:
print(select('#', unpack(t, 5, 4))) -- expect: 0
print(unpack({n = 1, [-1] = "m", [0] = "z"}, -1, 0)) -- expect: m	z
print(pcall(unpack, {}, 1, 1e8)) -- expect: false	too many results to unpack
