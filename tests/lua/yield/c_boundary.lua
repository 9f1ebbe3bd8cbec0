-- yields that still cross a C function are refused with 5.1's error (LuaJIT words it differently
-- and lets tostring yield; the expectations are PUC Lua 5.1.5's)
local function try(f, ...)
  local co = coroutine.create(f)
  return coroutine.resume(co, ...)
end
print(try(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end))
print(try(function() return (string.gsub("ab", ".", function(c) return coroutine.yield(c) end)) end))
local o = setmetatable({}, {__tostring = function() return coroutine.yield("ts") end})
print(try(function() return tostring(o) end))
-- the boundary error is catchable by a pcall in the same coroutine, which can then yield
print(try(function()
  local ok, e = pcall(table.sort, {2, 1}, function(a, b) coroutine.yield() end)
  coroutine.yield(ok, e)
end))
-- the main thread cannot yield, with or without pcall
print(pcall(coroutine.yield, 1))
print(select("#", pcall(function() end)))
-- (expected output)
-- expect: false	attempt to yield across metamethod/C-call boundary
-- expect: false	attempt to yield across metamethod/C-call boundary
-- expect: false	attempt to yield across metamethod/C-call boundary
-- expect: true	false	attempt to yield across metamethod/C-call boundary
-- expect: false	attempt to yield across metamethod/C-call boundary
-- expect: 1
