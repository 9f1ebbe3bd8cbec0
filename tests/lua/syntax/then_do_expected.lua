-- missing then / do / in
print(loadstring("if x y() end")) -- expect: nil	[string "if x y() end"]:1: 'then' expected near 'y'
print(loadstring("while x y() end")) -- expect: nil	[string "while x y() end"]:1: 'do' expected near 'y'
print(loadstring("for i = 1, 2 x() end")) -- expect: nil	[string "for i = 1, 2 x() end"]:1: 'do' expected near 'x'
print(loadstring("for k, v pairs(t) do end")) -- expect: nil	[string "for k, v pairs(t) do end"]:1: 'in' expected near 'pairs'
print(loadstring("for i do end")) -- expect: nil	[string "for i do end"]:1: '=' or 'in' expected near 'do'
print(loadstring("repeat x = 1")) -- expect: nil	[string "repeat x = 1"]:1: 'until' expected near '<eof>'
