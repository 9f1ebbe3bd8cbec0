-- pcall frames and metamethod continuations look like 5.1 to the debug library, tracebacks and
-- hooks when nothing yields (expectations from PUC Lua 5.1.5)
local function f() error("boom") end
print(xpcall(f, debug.traceback))
print(pcall(function() return debug.traceback("tb") end))
local function lv() local t = {} for i = 1, 5 do local info = debug.getinfo(i, "Snl") if not info then break end t[#t+1] = (info.name or "?") .. ":" .. info.what .. ":" .. info.currentline end return table.concat(t, " ") end
print(pcall(lv))
print(xpcall(lv, print))
local mt = {__index = function(t, k) return lv() end, __add = function() return debug.traceback("add") end}
local o = setmetatable({}, mt)
print(o.x)
print(o + 1)
for k in function() return nil, print(lv()) end do end
local ev = {}
debug.sethook(function(e) local i = debug.getinfo(2, "n") ev[#ev+1] = e .. ":" .. tostring(i and i.name) end, "cr")
pcall(math.floor, 1)
pcall(error, "x")
xpcall(function() error("y") end, function(m) return m end)
local _ = o.x
debug.sethook()
print(table.concat(ev, " "))
local lines = {}
debug.sethook(function(e, l) lines[#lines+1] = l end, "l")
local a, b = setmetatable({}, {__lt = function() return true end}), {}
setmetatable(b, getmetatable(a))
local n = 0
repeat n = n + 1 until a < b or n > 3
debug.sethook()
print(table.concat(lines, ","))
print(pcall(pcall))
print(pcall(xpcall, print))
print(pcall(42))
print(xpcall(42, function(m) return "h:" .. m end))
print(select("#", pcall(function() return 1, 2, 3 end)), pcall(function(...) return select("#", ...) end, nil, nil))
print(xpcall(function(...) return select("#", ...) end, print, 1, 2))
local t = setmetatable({}, {__index = pcall})
print(t[error])
print(pcall(setmetatable({}, {__call = function(self, x) return x * 2 end}), 21))
-- (expected output)
-- expect: false	tests/lua/yield/debug_unchanged.lua:3: boom
-- expect: stack traceback:
-- expect: 	[C]: in function 'error'
-- expect: 	tests/lua/yield/debug_unchanged.lua:3: in function <tests/lua/yield/debug_unchanged.lua:3>
-- expect: 	[C]: in function 'xpcall'
-- expect: 	tests/lua/yield/debug_unchanged.lua:4: in main chunk
-- expect: 	[C]: ?
-- expect: true	tb
-- expect: stack traceback:
-- expect: 	tests/lua/yield/debug_unchanged.lua:5: in function <tests/lua/yield/debug_unchanged.lua:5>
-- expect: 	[C]: in function 'pcall'
-- expect: 	tests/lua/yield/debug_unchanged.lua:5: in main chunk
-- expect: 	[C]: ?
-- expect: true	?:Lua:6 pcall:C:-1 ?:main:7 ?:C:-1
-- expect: true	?:Lua:6 xpcall:C:-1 ?:main:8 ?:C:-1
-- expect: ?:Lua:6 :tail:-1 ?:main:11 ?:C:-1
-- expect: add
-- expect: stack traceback:
-- expect: 	tests/lua/yield/debug_unchanged.lua:9: in function <tests/lua/yield/debug_unchanged.lua:9>
-- expect: 	tests/lua/yield/debug_unchanged.lua:12: in main chunk
-- expect: 	[C]: ?
-- expect: lv:Lua:6 (for generator):Lua:13 ?:main:13 ?:C:-1
-- expect: return:sethook call:pcall call:nil return:nil return:pcall call:pcall call:nil return:pcall call:xpcall call:nil call:error call:nil return:nil return:xpcall call:nil call:lv call:getinfo return:getinfo call:getinfo return:getinfo call:getinfo return:getinfo call:getinfo return:getinfo call:getinfo return:getinfo call:concat return:concat return:nil tail return:nil call:sethook
-- expect: 24,25,26,27,24,28
-- expect: false	bad argument #1 to '?' (value expected)
-- expect: false	bad argument #2 to '?' (value expected)
-- expect: false	attempt to call a number value
-- expect: false	h:attempt to call a number value
-- expect: 4	true	2
-- expect: true	0
-- expect: false
-- expect: true	42
