-- invalid long string delimiters
print(loadstring("x = [=abc")) -- expect: nil	[string "x = [=abc"]:1: invalid long string delimiter near '[='
print(loadstring("x = [===")) -- expect: nil	[string "x = [==="]:1: invalid long string delimiter near '[==='
print(loadstring("x = [= ]=]")) -- expect: nil	[string "x = [= ]=]"]:1: invalid long string delimiter near '[='
