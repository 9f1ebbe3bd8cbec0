-- getmetatable, assert and print called from compiled code (CALLC; print as a call that may
-- run Lua code: it calls the global tostring, which a program may replace). Checked: the
-- results, __metatable changing while the loop runs, a failing assert inside a compiled loop
-- caught by pcall, and print through a replaced tostring.
jit.opt.start("hotloop=2", "hotexit=2")

local M = { __metatable = "locked" }
local t = setmetatable({}, M)
local seen = {}
for i = 1, 40 do
  local r = getmetatable(t)
  seen[#seen + 1] = r == M and "M" or tostring(r)
  if i == 20 then M.__metatable = nil end
end
print(seen[1], seen[20], seen[21], seen[40]) -- expect: locked	locked	M	M
print(getmetatable("").__index == string, getmetatable({}), getmetatable(1)) -- expect: true	nil	nil

local n = 0
local ok, err = pcall(function()
  for i = 1, 100 do
    n = n + assert(i, "unused")
    assert(i < 50, "stop at 50")
  end
end)
print(n, ok, err) -- expect: 1275	false	tests/jit/callc_base.lua:22: stop at 50
print(select("#", assert(1, 2, 3))) -- expect: 3

local saved = tostring
tostring = function(x) return "<" .. type(x) .. ">" end
for i = 1, 4 do print(i, "s", nil) end
tostring = saved
-- expect: <number>	<string>	<nil>
-- expect: <number>	<string>	<nil>
-- expect: <number>	<string>	<nil>
-- expect: <number>	<string>	<nil>
