-- nested coroutines, each suspended inside pcall or a metamethod
-- (LuaJIT behaviour; expectations from LuaJIT 2.1, `luajit -joff`)
local mt = {__index = function(t, k) return coroutine.yield("outer " .. k) end}
local obj = setmetatable({}, mt)
local inner = coroutine.wrap(function()
  local ok, v = pcall(function()
    return coroutine.yield("inner pcall") .. "!"
  end)
  return "inner done " .. tostring(ok) .. " " .. v
end)
local outer = coroutine.wrap(function()
  local r1 = inner()
  local v = obj.field
  local r2 = pcall(function() return inner(v) end)
  return r1, v, select(2, pcall(function() return inner end)) ~= nil, r2
end)
print(outer())
print(outer("resumed field"))
-- a coroutine resumed from inside another's metamethod, both yielding
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
local add = setmetatable({}, {__add = function(x, n) return gen() + coroutine.yield("adding") + n end})
local co = coroutine.wrap(function() return add + 100 end)
print(co())
print(co(10))
-- deep recursion through metamethods inside a coroutine, yielding at the bottom
local deep = setmetatable({}, {__index = function(t, n)
  if n == 0 then return coroutine.yield("bottom") end
  return t[n - 1] + 1
end})
local co2 = coroutine.wrap(function() return deep[250] end)
print(co2())
print(co2(0))
-- (expected output)
-- expect: outer field
-- expect: inner pcall	resumed field	true	true
-- expect: adding
-- expect: 111
-- expect: bottom
-- expect: 250
