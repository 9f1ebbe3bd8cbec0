-- sethook / gethook with call, return, line and count events
local events = {}
local function hook(ev, line) events[#events + 1] = ev .. ":" .. tostring(line) end
local function work() local a = 1
  return a end
debug.sethook(hook, "l")
work()
debug.sethook()
print(table.concat(events, " "))
print(debug.gethook())
events = {}
debug.sethook(hook, "cr")
work()
debug.sethook()
print(table.concat(events, " "))
local h, m, c = nil, nil, nil
debug.sethook(hook, "crl", 5)
h, m, c = debug.gethook()
debug.sethook()
print(h == hook, m, c)
local n = 0
debug.sethook(function(ev) n = n + 1 end, "", 1)
for i = 1, 10 do end
debug.sethook()
print(n > 0)
print(pcall(debug.sethook, 1, "l"))

-- (expected output, from lua5.1)
-- expect: line:7 line:4 line:5 line:8
-- expect: nil		0
-- expect: return:nil call:nil return:nil call:nil
-- expect: true	crl	5
-- expect: true
-- expect: false	bad argument #1 to '?' (function expected, got number)
