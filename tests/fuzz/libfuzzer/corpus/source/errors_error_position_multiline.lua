-- runtime errors report the line of the failing operation
local t = nil
local ok, e = pcall(function()
  local a = 1
  local b = 2
  return a +
    b +
    t.x
end)
print(e) -- expect: tests/lua/errors/error_position_multiline.lua:8: attempt to index upvalue 't' (a nil value)
ok, e = pcall(function()
  local x = {}
  return
    x.y.z
end)
print(e) -- expect: tests/lua/errors/error_position_multiline.lua:14: attempt to index field 'y' (a nil value)
