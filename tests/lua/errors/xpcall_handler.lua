-- xpcall passes the error to the handler and returns its result
local function handler(m) return "handled: " .. m end
print(xpcall(function() error("oops", 0) end, handler)) -- expect: false	handled: oops
print(xpcall(function() error("pos") end, handler)) -- expect: false	handled: tests/lua/errors/xpcall_handler.lua:4: pos
print(xpcall(function() return "fine", 2 end, handler)) -- expect: true	fine	2
print(xpcall(function() error({}) end, function(e) return type(e) end)) -- expect: false	table
print(xpcall(function() local x; return x.y end, function(m) return "H:" .. m end)) -- expect: false	H:tests/lua/errors/xpcall_handler.lua:7: attempt to index local 'x' (a nil value)
