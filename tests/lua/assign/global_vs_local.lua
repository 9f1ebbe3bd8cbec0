-- Assignments go to the innermost visible variable.
x = "global"
local function show() return x end
print(show()) -- expect: global
local x = "local"
print(x, show()) -- expect: local	global
x = "local2"
print(x, show()) -- expect: local2	global
do
  local x = "inner"
  x = "inner2"
  print(x) -- expect: inner2
end
print(x) -- expect: local2
