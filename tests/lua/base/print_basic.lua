-- print separates arguments with tabs and ends with a newline
print(1, 2, 3) -- expect: 1	2	3
print("a", "b") -- expect: a	b
print() -- expect:
print(nil) -- expect: nil
print(true, false, nil, 0) -- expect: true	false	nil	0
print(nil, nil, "x") -- expect: nil	nil	x
print("tab\tinside") -- expect: tab	inside
print(1, "1", 1.0) -- expect: 1	1	1
