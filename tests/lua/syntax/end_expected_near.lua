-- 'end' expected near a token other than <eof>
print(loadstring("if x then y() else z() elseif")) -- expect: nil	[string "if x then y() else z() elseif"]:1: 'end' expected near 'elseif'
print(loadstring("function f() return 1 x = 2 end")) -- expect: nil	[string "function f() return 1 x = 2 end"]:1: 'end' expected near 'x'
print(type(loadstring("do return end x = 1"))) -- expect: function
print(loadstring("do end end")) -- expect: nil	[string "do end end"]:1: '<eof>' expected near 'end'
