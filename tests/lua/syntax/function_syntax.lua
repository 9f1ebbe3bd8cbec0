-- function definition errors
print(loadstring("function f(a,) end")) -- expect: nil	[string "function f(a,) end"]:1: <name> or '...' expected near ')'
print(loadstring("function f(1) end")) -- expect: nil	[string "function f(1) end"]:1: <name> or '...' expected near '1'
print(loadstring("function a.b:c.d() end")) -- expect: nil	[string "function a.b:c.d() end"]:1: '(' expected near '.'
print(loadstring("local function a.b() end")) -- expect: nil	[string "local function a.b() end"]:1: '(' expected near '.'
print(loadstring("x = function end")) -- expect: nil	[string "x = function end"]:1: '(' expected near 'end'
print(type(loadstring("function a.b.c:d() end"))) -- expect: function
