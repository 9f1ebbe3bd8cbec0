-- `goto` keeps working as a name in Lua 5.1 programs: a goto statement needs a name after it
local goto = 1
print(goto)
goto = 5
print(goto)
local t = {goto = 3}
print(t.goto, t["goto"])
t.goto = 4
print(t.goto)
local function goto_(x) return x end
print(goto_(7))
local obj = {}
function obj.goto(x) return x * 2 end
print(obj.goto(21))
print(loadstring("goto = 9 return goto")())
print(loadstring("local goto = {x = 1} return goto.x")())
print(loadstring("local goto = function(a) return a end return goto(2)")())
print(loadstring("local goto = {} goto[1] = 3 return goto[1]")())
print(loadstring("local goto = {f = function(s) return 4 end} return goto:f()")())
print(loadstring("local goto = 'x' return goto .. goto")())
print(loadstring("local a, goto = 1, 2 return a + goto")())
print(loadstring("::goto:: return 'label named goto'")())

-- Expected output (produced by luajit 2.1):
-- expect: 1
-- expect: 5
-- expect: 3	3
-- expect: 4
-- expect: 7
-- expect: 42
-- expect: 9
-- expect: 1
-- expect: 2
-- expect: 3
-- expect: 4
-- expect: xx
-- expect: 3
-- expect: label named goto
