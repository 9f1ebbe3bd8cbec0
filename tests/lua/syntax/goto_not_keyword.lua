-- goto is an ordinary name in 5.1 and labels do not exist
print(type(loadstring("local goto = 1"))) -- expect: function
print(loadstring("local goto = 5 return goto")()) -- expect: 5
print(loadstring("::label::")) -- expect: nil	[string "::label::"]:1: unexpected symbol near ':'
print(loadstring("goto done")) -- expect: nil	[string "goto done"]:1: '=' expected near 'done'
