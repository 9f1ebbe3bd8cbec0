-- debug.getinfo fields for Lua and C functions and stack levels
local function f(a, b)
  local info = debug.getinfo(1, "nSl")
  print(info.what, info.short_src, info.source, info.linedefined, info.lastlinedefined, info.currentline)
  print(info.name, info.namewhat)
  local caller = debug.getinfo(2, "l")
  print(caller.currentline)
end
f()
local i = debug.getinfo(print)
print(i.what, i.short_src, i.source, i.linedefined, i.currentline, i.nups)
print(i.func == print)
local j = debug.getinfo(f, "u")
print(j.nups)
local m = debug.getinfo(1, "S")
print(m.what)
print(debug.getinfo(100))
local k = debug.getinfo(1, "f")
print(type(k.func))
local l = debug.getinfo(f, "L")
local lines = {}
for line in pairs(l.activelines) do lines[#lines + 1] = line end
table.sort(lines)
print(table.concat(lines, " "))
print(pcall(function() return type(debug.getinfo(1, ">")) end))
print(pcall(debug.getinfo, "x"))
print(pcall(debug.getinfo, {}))

-- (expected output, from lua5.1)
-- expect: Lua	tests/lua/lib/debug/getinfo.lua	@tests/lua/lib/debug/getinfo.lua	2	8	3
-- expect: f	local
-- expect: 9
-- expect: C	[C]	=[C]	-1	-1	0
-- expect: true
-- expect: 0
-- expect: main
-- expect: nil
-- expect: function
-- expect: 3 4 5 6 7 8
-- expect: true	table
-- expect: false	bad argument #1 to '?' (function or level expected)
-- expect: false	bad argument #1 to '?' (function or level expected)
