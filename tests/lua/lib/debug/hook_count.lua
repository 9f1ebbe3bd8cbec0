-- Count hooks, alone and with a line hook (issue 13). Instruction counts differ from PUC Lua's
-- bytecode, so only their order of magnitude is checked; Apogee's LOOP does not count.
local function count(src, n, mask)
  local f = assert(loadstring(src, "=c"))
  local ev = {line = 0, count = 0}
  debug.sethook(function(event) ev[event] = ev[event] + 1 end, mask or "", n)
  f()
  debug.sethook()
  return ev.count, ev.line
end
local function near(x, expected) return x >= expected * 0.7 and x <= expected * 1.4 end

local numfor = "local x = 0\nfor i = 1, 1000 do\n  x = x + i\nend"
local whileloop = "local x = 0\nwhile x < 1000 do\n  x = x + 1\nend"
local repeatloop = "local x = 0\nrepeat\n  x = x + 1\nuntil x == 1000"
local genfor = "local t = {}\nfor i = 1, 300 do t[i] = i end\nlocal s = 0\nfor k, v in ipairs(t) do\n  s = s + v\nend"
-- every instruction (lua5.1: 2012, 3008, 2007, 1218)
print(near(count(numfor, 1), 2012), near(count(whileloop, 1), 3008)) -- expect: true	true
print(near(count(repeatloop, 1), 2007), near(count(genfor, 1), 1218)) -- expect: true	true
-- every 100th
print(near(count(numfor, 100), 20), near(count(whileloop, 100), 30)) -- expect: true	true

-- with a line hook as well, both fire (lua5.1: 97 count events, 205 line events)
local c, l = count("local x = 0\nfor i = 1, 100 do\n  x = x + i\nend", 10, "l")
print(near(c, 97), l) -- expect: true	205

-- the line reported to a count hook is the running instruction's
local lines = {}
local f = assert(loadstring("local x = 0\nfor i = 1, 50 do\n  x = x + i\nend\nreturn x", "=c"))
debug.sethook(function()
  local info = debug.getinfo(2, "Sl")
  if info.short_src == "c" then lines[info.currentline] = true end
end, "", 1)
f()
debug.sethook()
print(lines[1], lines[2], lines[3], lines[4], lines[5]) -- expect: true	true	true	nil	true
