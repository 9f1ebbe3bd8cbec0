-- in 5.1 break and return must be the last statement in a block
print(loadstring("while true do break x = 1 end")) -- expect: nil	[string "while true do break x = 1 end"]:1: 'end' expected near 'x'
print(loadstring("return 1 x = 2")) -- expect: nil	[string "return 1 x = 2"]:1: '<eof>' expected near 'x'
print(loadstring("function f() return; return end")) -- expect: nil	[string "function f() return; return end"]:1: 'end' expected near 'return'
print(type(loadstring("while true do do break end x = 1 end"))) -- expect: function
print(type(loadstring("return;"))) -- expect: function
