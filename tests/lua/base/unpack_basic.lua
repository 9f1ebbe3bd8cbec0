-- unpack returns list elements
print(unpack({1, 2, 3})) -- expect: 1	2	3
print(unpack({})) -- expect:
print(select('#', unpack({}))) -- expect: 0
print(unpack({"a", "b", "c"}, 2)) -- expect: b	c
print(unpack({"a", "b", "c"}, 2, 3)) -- expect: b	c
print(unpack({"a", "b", "c"}, 3, 2)) -- expect:
print(unpack({"a"}, 1, 3)) -- expect: a	nil	nil
print(select('#', unpack({}, 1, 5))) -- expect: 5
