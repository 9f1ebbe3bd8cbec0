-- a call's open paren on a new line is ambiguous in 5.1
print(loadstring("local a = f\n(g).x = 1")) -- expect: nil	[string "local a = f..."]:2: ambiguous syntax (function call x new statement) near '('
print(loadstring("x = y\n(z)()")) -- expect: nil	[string "x = y..."]:2: ambiguous syntax (function call x new statement) near '('
print(loadstring("f\n()")) -- expect: nil	[string "f..."]:2: ambiguous syntax (function call x new statement) near '('
print(type(loadstring("x = y; (z)()"))) -- expect: function
print(type(loadstring("f(\n)"))) -- expect: function
