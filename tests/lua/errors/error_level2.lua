-- level 2 blames the caller of the function that called error
local function check(x)
  if type(x) ~= "number" then error("expected number", 2) end
  return x
end
local function user()
  return check("no")
end
print(pcall(user)) -- expect: false	expected number
print(pcall(function() return check(5) end)) -- expect: true	5
local function deeper() error("lvl3", 3) end
local function mid() deeper() end
local function top() mid() end
print(pcall(top)) -- expect: false	tests/lua/errors/error_level2.lua:13: lvl3
local function user2()
  local v = check({})
  return v
end
print(pcall(user2)) -- expect: false	tests/lua/errors/error_level2.lua:16: expected number
