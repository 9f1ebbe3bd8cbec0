-- unbalanced parentheses and brackets
print(loadstring("x = (1")) -- expect: nil	[string "x = (1"]:1: ')' expected near '<eof>'
print(loadstring("f(1, 2")) -- expect: nil	[string "f(1, 2"]:1: ')' expected near '<eof>'
print(loadstring("x = t[1")) -- expect: nil	[string "x = t[1"]:1: ']' expected near '<eof>'
print(loadstring("x = {1, 2")) -- expect: nil	[string "x = {1, 2"]:1: '}' expected near '<eof>'
print(loadstring("function f(a, b end")) -- expect: nil	[string "function f(a, b end"]:1: ')' expected near 'end'
print(loadstring("x = a:m")) -- expect: nil	[string "x = a:m"]:1: function arguments expected near '<eof>'
