-- xpcall calls the handler with the error value.
print(xpcall(function() error("oops", 0) end, function(m) return "handled: " .. m end)) -- expect: false	handled: oops
print(xpcall(function() return 1, 2 end, print)) -- expect: true	1	2
local function h(e) return type(e) end
print(xpcall(function() error({}) end, h)) -- expect: false	table
print(select('#', xpcall(function() end, h))) -- expect: 1
