-- missing 'end' reports the opening line
print(loadstring("function f()")) -- expect: nil	[string "function f()"]:1: 'end' expected near '<eof>'
print(loadstring("if x then")) -- expect: nil	[string "if x then"]:1: 'end' expected near '<eof>'
print(loadstring("while true do")) -- expect: nil	[string "while true do"]:1: 'end' expected near '<eof>'
print(loadstring("do\n\nlocal x = 1")) -- expect: nil	[string "do..."]:3: 'end' expected (to close 'do' at line 1) near '<eof>'
print(loadstring("for i = 1, 2 do\nx = i\n")) -- expect: nil	[string "for i = 1, 2 do..."]:3: 'end' expected (to close 'for' at line 1) near '<eof>'
print(loadstring("local function g()\n  if a then\n  end\n")) -- expect: nil	[string "local function g()..."]:4: 'end' expected (to close 'function' at line 1) near '<eof>'
