-- xpcall basic usage
print(xpcall(function() return 1, 2 end, print)) -- expect: true	1	2
print(xpcall(function() error("x", 0) end, function(e) return e .. e end)) -- expect: false	xx
local handlerArg
xpcall(function() error({tag = "T"}) end, function(e) handlerArg = e.tag end)
print(handlerArg) -- expect: T
