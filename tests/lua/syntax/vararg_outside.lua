-- '...' only inside vararg functions
print(loadstring("function f() return ... end")) -- expect: nil	[string "function f() return ... end"]:1: cannot use '...' outside a vararg function near '...'
print(loadstring("local function g(a) local t = {...} end")) -- expect: nil	[string "local function g(a) local t = {...} end"]:1: cannot use '...' outside a vararg function near '...'
print(type(loadstring("return ..."))) -- expect: function
print(type(loadstring("function f(...) return ... end"))) -- expect: function
print(loadstring("function f(..., a) end")) -- expect: nil	[string "function f(..., a) end"]:1: ')' expected near ','
