-- break outside a loop
print(loadstring("break")) -- expect: nil	[string "break"]:1: no loop to break near '<eof>'
print(loadstring("if x then break end")) -- expect: nil	[string "if x then break end"]:1: no loop to break near 'end'
print(loadstring("function f() break end")) -- expect: nil	[string "function f() break end"]:1: no loop to break near 'end'
print(loadstring("while true do local function g() break end end")) -- expect: nil	[string "while true do local function g() break end end"]:1: no loop to break near 'end'
print(type(loadstring("while true do break end"))) -- expect: function
print(type(loadstring("for i = 1, 2 do if i then break end end"))) -- expect: function
