-- read-only proxy table
local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k) error("attempt to update a read-only table", 2) end,
  })
end
local days = readonly({"Sun", "Mon"})
print(days[1], days[2], days[3]) -- expect: Sun	Mon	nil
print(pcall(function() days[4] = "x" end)) -- expect: false	tests/lua/meta/newindex_readonly.lua:10: attempt to update a read-only table
print(rawget(days, 4)) -- expect: nil
