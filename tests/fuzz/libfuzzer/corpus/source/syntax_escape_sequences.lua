-- escape sequences in strings
print(loadstring([[return "a\tb"]])()) -- expect: a	b
print(loadstring([[return "\65\066\0671"]])()) -- expect: ABC1
print(#loadstring([[return "\0\00\000"]])()) -- expect: 3
print(loadstring([[return "\q"]])()) -- expect: q
print(loadstring("return \"line\\\nnext\"")() == "line\nnext") -- expect: true
print(loadstring([[return "\256"]])) -- expect: nil	[string "return "\256""]:1: escape sequence too large near '"'
print(loadstring([[return "\999"]])) -- expect: nil	[string "return "\999""]:1: escape sequence too large near '"'
print(loadstring([[return "\a\b\f\v\\\"\'"]]) ~= nil) -- expect: true
