-- chunks run with the global environment and have their own locals
local hidden = "local"
visible = "global"
print(loadstring("return hidden")()) -- expect: nil
print(loadstring("return visible")()) -- expect: global
print(loadstring("return ...")(1, 2, 3)) -- expect: 1	2	3
print(loadstring("local x = ...; return x * 2")(21)) -- expect: 42
