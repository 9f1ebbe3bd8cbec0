-- load with syntax errors and bad reader results
local function once(s)
  local used = false
  return function() if used then return nil end used = true return s end
end
print(load(once("x = "))) -- expect: nil	(load):1: unexpected symbol near '<eof>'
local f, e = load(once("return 1"), "=reader")
print(type(f), e, f()) -- expect: function	nil	1
local g, m = load(function() return {} end)
print(g, type(m)) -- expect: nil	string
print(pcall(load)) -- expect: false	bad argument #1 to '?' (function expected, got no value)
f = load(function() return nil end)
print(type(f), f()) -- expect: function
-- load also takes a string (or a number) as its chunk: LuaJIT's extension (5.1 refuses)
print(pcall(function() return load(1) end)) -- expect: true	nil	[string "1"]:1: unexpected symbol near '1'
