-- In Lua 5.1 a semicolon may follow a statement but is not a statement itself.
local a = 1;
print(a); -- expect: 1
print(loadstring(";")) -- expect: nil	[string ";"]:1: unexpected symbol near ';'
print(loadstring("local x = 1;;")) -- expect: nil	[string "local x = 1;;"]:1: unexpected symbol near ';'
print(loadstring("return 1;") ()) -- expect: 1
do local b = 2; print(b); end -- expect: 2
