-- loadstring compiles a chunk into a function
local f = loadstring("return 1 + 2")
print(type(f), f()) -- expect: function	3
f = loadstring("local a, b = ... return b, a")
print(f("x", "y")) -- expect: y	x
print(loadstring("")()) -- expect:
print(select('#', loadstring("")())) -- expect: 0
f = loadstring("x_global = 5")
f()
print(x_global) -- expect: 5
