-- select returns arguments from index n on
print(select(1, "a", "b", "c")) -- expect: a	b	c
print(select(2, "a", "b", "c")) -- expect: b	c
print(select(3, "a", "b", "c")) -- expect: c
print(select(4, "a", "b", "c")) -- expect:
print(select('#')) -- expect: 0
print(select('#', nil, nil)) -- expect: 2
print(select('#', 1, nil, 3, nil)) -- expect: 4
print(select("2", "x", "y")) -- expect: y
