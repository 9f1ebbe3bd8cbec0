-- the handler's (first) return value becomes the error result
print(xpcall(function() error("a") end, function() return 1, 2, 3 end)) -- expect: false	1
print(xpcall(function() error("a") end, function() end)) -- expect: false	nil
print(select('#', xpcall(function() error("a") end, function() end))) -- expect: 2
print(xpcall(function() error("a") end, function() return nil end)) -- expect: false	nil
local t = {}
local ok, r = xpcall(function() error("x") end, function() return t end)
print(ok, r == t) -- expect: false	true
