-- '<name>' expected
print(loadstring("local 1 = 2")) -- expect: nil	[string "local 1 = 2"]:1: '<name>' expected near '1'
print(loadstring("function 1() end")) -- expect: nil	[string "function 1() end"]:1: '<name>' expected near '1'
print(loadstring("x = a.")) -- expect: nil	[string "x = a."]:1: '<name>' expected near '<eof>'
print(loadstring("local function () end")) -- expect: nil	[string "local function () end"]:1: '<name>' expected near '('
print(loadstring("for 1 = 1, 2 do end")) -- expect: nil	[string "for 1 = 1, 2 do end"]:1: '<name>' expected near '1'
print(loadstring("x = a:1()")) -- expect: nil	[string "x = a:1()"]:1: '<name>' expected near '1'
