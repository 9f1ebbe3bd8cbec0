-- an error inside the handler itself
local ok, e = xpcall(function() error("first") end, function(m) error("second") end)
print(ok, type(e)) -- expect: false	string
print(e) -- expect: error in error handling
print(xpcall(function() return 1 end, function() error("unused") end)) -- expect: true	1
ok, e = xpcall(function() error("first", 0) end, function(m) return m .. "!" end)
print(ok, e) -- expect: false	first!
