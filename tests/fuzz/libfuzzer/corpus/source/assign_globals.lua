-- Global variables: undefined ones read as nil, assignment creates them.
print(undefined_name) -- expect: nil
newglobal = 123
print(newglobal) -- expect: 123
local function set() inner_global = "from function" end
set()
print(inner_global) -- expect: from function
newglobal = nil
print(newglobal) -- expect: nil
print(type(print), type(nothing_here)) -- expect: function	nil
