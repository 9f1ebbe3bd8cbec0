-- select(n, ...) returns the arguments from the n-th on.
print(select(1, "a", "b", "c")) -- expect: a	b	c
print(select(2, "a", "b", "c")) -- expect: b	c
print(select(3, "a", "b", "c")) -- expect: c
print(select(4, "a", "b", "c")) -- expect:
print(select("2", "a", "b")) -- expect: b
local x = select(2, "a", "b", "c")
print(x) -- expect: b
print(select(2.0, 1, 2, 3)) -- expect: 2	3
