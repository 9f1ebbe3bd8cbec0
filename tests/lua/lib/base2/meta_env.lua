-- metatables, environments, next/pairs/ipairs, newproxy, collectgarbage, print
local function try(f) print(select(2, pcall(f))) end

local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t), getmetatable("x").__index == string, getmetatable(1))
try(function() setmetatable(t, {}) end)
try(function() setmetatable(t, nil) end)
local plain = {}
print(setmetatable(plain, nil) == plain, getmetatable(plain))

print(next({}), next({10}))
local seen = {}
for i, v in ipairs({1, 2, nil, 4}) do seen[#seen + 1] = i .. "=" .. v end
print(table.concat(seen, " "))
local n = 0
for k, v in pairs({a = 1, b = 2, 3}) do n = n + 1 end
print(n)
local saved_next = next
next = nil
for k, v in pairs({x = 1}) do print(k, v) end
next = saved_next

print(getfenv() == _G, getfenv(0) == _G, getfenv(1) == _G, getfenv(print) == _G)
local function h() return x end
print(setfenv(h, {x = 5}) == h, h())
local function inner() return getfenv(2) end
print(inner() == _G)
local function sandboxed()
    setfenv(1, {print = print, tag = "sandbox"})
    print(tag)
end
sandboxed()
try(function() getfenv(-1) end)
try(function() getfenv(100) end)
try(function() setfenv(print, {}) end)
try(function() setfenv(1) end)
try(function() setfenv(50, {}) end)

local p = newproxy(true)
getmetatable(p).__index = function(_, k) return k .. "!" end
print(p.hi)
local q = newproxy(p)
print(q.there, getmetatable(q) == getmetatable(p))
print(getmetatable(newproxy()), getmetatable(newproxy(false)))
try(function() newproxy({}) end)

print(collectgarbage("count") > 0, collectgarbage(), collectgarbage("collect"))
print(type(collectgarbage("step")), collectgarbage("setpause", 200), collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 200), collectgarbage("stop"), collectgarbage("restart"))
print(type(gcinfo()), _VERSION, _G._G == _G)

print(1, nil, "s", true)
print()
try(function() print(setmetatable({}, {__tostring = function() return {} end})) end)
local real_tostring = tostring
tostring = function(v) return "<" .. type(v) .. ">" end
print(1, nil, "s")
tostring = real_tostring

-- (expected output)
-- expect: locked	true	nil
-- expect: tests/lua/lib/base2/meta_env.lua:6: cannot change a protected metatable
-- expect: tests/lua/lib/base2/meta_env.lua:7: cannot change a protected metatable
-- expect: true	nil
-- expect: nil	1	10
-- expect: 1=1 2=2
-- expect: 3
-- expect: x	1
-- expect: true	true	true	true
-- expect: true	5
-- expect: true
-- expect: sandbox
-- expect: tests/lua/lib/base2/meta_env.lua:33: bad argument #1 to 'getfenv' (level must be non-negative)
-- expect: tests/lua/lib/base2/meta_env.lua:34: bad argument #1 to 'getfenv' (invalid level)
-- expect: tests/lua/lib/base2/meta_env.lua:35: 'setfenv' cannot change environment of given object
-- expect: tests/lua/lib/base2/meta_env.lua:36: bad argument #2 to 'setfenv' (table expected, got no value)
-- expect: tests/lua/lib/base2/meta_env.lua:37: bad argument #1 to 'setfenv' (invalid level)
-- expect: hi!
-- expect: there!	true
-- expect: nil	nil
-- expect: tests/lua/lib/base2/meta_env.lua:45: bad argument #1 to 'newproxy' (boolean or proxy expected)
-- expect: true	0	0
-- expect: boolean	200	200
-- expect: 200	0	0
-- expect: number	Lua 5.1	true
-- expect: 1	nil	s	true
-- expect: 
-- expect: tests/lua/lib/base2/meta_env.lua:54: 'tostring' must return a string to 'print'
-- expect: <number>	<nil>	<string>
