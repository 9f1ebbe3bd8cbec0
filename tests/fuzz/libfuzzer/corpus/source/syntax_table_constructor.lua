-- table constructor errors
print(loadstring("x = {1 2}")) -- expect: nil	[string "x = {1 2}"]:1: '}' expected near '2'
print(loadstring("x = {[1] 2}")) -- expect: nil	[string "x = {[1] 2}"]:1: '=' expected near '2'
print(loadstring("x = {a = }")) -- expect: nil	[string "x = {a = }"]:1: unexpected symbol near '}'
print(loadstring("x = {,}")) -- expect: nil	[string "x = {,}"]:1: unexpected symbol near ','
print(type(loadstring("x = {1, 2,}"))) -- expect: function
print(type(loadstring("x = {1; 2; a = 3,}"))) -- expect: function
