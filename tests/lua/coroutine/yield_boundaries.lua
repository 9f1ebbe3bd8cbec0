-- yields across pcall, metamethods and iterators work as in LuaJIT (tests/lua/yield/ has more);
-- across a C function (table.sort's comparator) they are refused as in 5.1
local function try(f)
  local co = coroutine.create(f)
  return coroutine.resume(co)
end
print(try(function() pcall(coroutine.yield, 1) end)) -- expect: true	1
print(select(2, pcall(function() end))) -- expect:
local t = setmetatable({}, {__index = function() return coroutine.yield(1) end})
print(try(function() return t.x end)) -- expect: true	1
print(try(function() for k in function() coroutine.yield(1) end do end end)) -- expect: true	1
print(try(function() table.sort({3, 2, 1}, function(a, b) coroutine.yield() return a < b end) end)) -- expect: false	attempt to yield across metamethod/C-call boundary
print(coroutine.yield == coroutine.yield, pcall(coroutine.yield, 1)) -- expect: true	false	attempt to yield across metamethod/C-call boundary
