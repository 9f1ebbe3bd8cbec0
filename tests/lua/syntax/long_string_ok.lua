-- long strings that are valid
local f = loadstring("return [[abc]]")
print(f()) -- expect: abc
print(loadstring("return [==[a]]b]=]c]==]")()) -- expect: a]]b]=]c
print(loadstring("return [[\nfirst newline skipped]]")()) -- expect: first newline skipped
print(#loadstring("return [[\n]]")()) -- expect: 0
print(loadstring("--[[ comment ]] return 5")()) -- expect: 5
print(loadstring("--[==[ ]] ]==] return 6")()) -- expect: 6
