-- Every way of running out of stack ends in a catchable error with 5.1's message, and the
-- state keeps working afterwards (checked after each case). pcall and metamethods called by the
-- interpreter are frames of the interpreter, as in LuaJIT (they may yield): their recursion ends
-- at the Lua stack's limit ("stack overflow"), not the C stack's.
local function usable()
  local t = {}
  for i = 1, 100 do t[i] = tostring(i) end
  local co = coroutine.wrap(function(a) return coroutine.yield(a + 1) end)
  return table.concat(t, "", 98) .. co(1) .. select(2, pcall(error, "e", 0)) .. ("x"):rep(2)
end

-- Lua stack: non-tail recursion of a Lua function
local function rec(n) return 1 + rec(n + 1) end
print(pcall(rec, 1)) -- expect: false	tests/lua/errors/resource_limits.lua:13: stack overflow
print(usable()) -- expect: 98991002exx
-- ... also when every level is entered through __call
local c = setmetatable({}, {__call = function(self) return (self()) end})
print(pcall(c)) -- expect: false	tests/lua/errors/resource_limits.lua:17: stack overflow
print(usable()) -- expect: 98991002exx

-- Lua stack: nested pcall
local depth, msg = 0, nil
local function nest() depth = depth + 1 local ok, e = pcall(nest) if not ok and not msg then msg = e end end
nest()
print(msg, depth > 5000) -- expect: tests/lua/errors/resource_limits.lua:23: stack overflow	true
print(usable()) -- expect: 98991002exx

-- Lua stack: __index functions that index again
local t = setmetatable({}, {__index = function(tab, k) return tab[k] end})
print(pcall(function() return t.x end)) -- expect: false	tests/lua/errors/resource_limits.lua:29: stack overflow
print(usable()) -- expect: 98991002exx
-- __index tables in a cycle: 5.1's loop limit
local a, b = {}, {}
setmetatable(a, {__index = b}) setmetatable(b, {__index = a})
print(pcall(function() return a.x end)) -- expect: false	tests/lua/errors/resource_limits.lua:35: loop in gettable
local a2, b2 = {}, {}
setmetatable(a2, {__newindex = b2}) setmetatable(b2, {__newindex = a2})
print(pcall(function() a2.x = 1 end)) -- expect: false	tests/lua/errors/resource_limits.lua:38: loop in settable
print(usable()) -- expect: 98991002exx
-- __call through pcall at every level
local calls = 0
local c2 = setmetatable({}, {__call = function(self) calls = calls + 1 local ok, e = pcall(self) if not ok then error(e, 0) end end})
print(pcall(c2)) -- expect: false	stack overflow
print(calls > 5000) -- expect: true
-- other metamethods that call back into themselves
local lt = setmetatable({}, {__lt = function(x, y) return x < y end})
print(pcall(function() return lt < lt end)) -- expect: false	tests/lua/errors/resource_limits.lua:46: stack overflow
local cc = setmetatable({}, {__concat = function(x, y) return x .. y end})
print(pcall(function() return cc .. "a" end)) -- expect: false	tests/lua/errors/resource_limits.lua:48: stack overflow
print(usable()) -- expect: 98991002exx

-- C stack: coroutines resuming new coroutines
local codepth = 0
local function dive()
  codepth = codepth + 1
  local ok, err = coroutine.resume(coroutine.create(dive))
  if not ok then error(err, 0) end
end
print(pcall(dive)) -- expect: false	C stack overflow
print(codepth > 50 and codepth <= 200) -- expect: true
print(usable()) -- expect: 98991002exx

-- C stack: string.gsub callbacks calling gsub
local function g(s) return (string.gsub(s, ".", g)) end
print(pcall(g, "x")) -- expect: false	C stack overflow
print(usable()) -- expect: 98991002exx

-- C stack: tostring and __tostring
local o = setmetatable({}, {__tostring = function(x) return tostring(x) end})
print(pcall(tostring, o)) -- expect: false	C stack overflow
print(pcall(print, o)) -- expect: false	C stack overflow
print(usable()) -- expect: 98991002exx

-- C stack: table.sort comparators sorting, and error handlers that fail
local function cmp(x, y) table.sort({3, 2, 1}, cmp) return x < y end
print(pcall(table.sort, {3, 2, 1}, cmp)) -- expect: false	C stack overflow
local function handler(e) return error(e) end
print(xpcall(function() error("first") end, handler)) -- expect: false	error in error handling
print(usable()) -- expect: 98991002exx

-- after all of this, deep but bounded recursion still works at full depth
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(5000)) -- expect: 12502500
local function cdepth(n) if n == 0 then return "bottom" end return select(2, pcall(cdepth, n - 1)) end
print(cdepth(150)) -- expect: bottom
