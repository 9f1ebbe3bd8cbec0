-- goto is an ordinary name in 5.1; with LuaJIT's goto it still is, unless a name follows it
print(type(loadstring("local goto = 1"))) -- expect: function
print(loadstring("local goto = 5 return goto")()) -- expect: 5
-- labels and goto statements are LuaJIT's extension (tests/lua/ext/goto_*.lua)
print(type(loadstring("::label::"))) -- expect: function
print(loadstring("goto done")) -- expect: nil	[string "goto done"]:1: undefined label 'done'
