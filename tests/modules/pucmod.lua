-- A C module compiled against PUC Lua 5.1's headers (tests/modules/pucmod.c, built by
-- tests/run into build/modules/) loads with require and works unchanged; the same file
-- passes under lua5.1 (`tests/run --vm lua5.1 tests/modules`).
-- c-module: pucmod
package.cpath = "build/modules/?.so;" .. package.cpath

local m = require "pucmod"
print(type(m), m == pucmod, package.loaded.pucmod == m, m._VERSION, m._NAME_GIVEN)  -- expect: table	true	true	pucmod 1.0	pucmod
print(require "pucmod" == m)  -- expect: true

-- Userdata with a metatable from luaL_newmetatable: methods, __len, __tostring, __add, __eq.
local v = m.vector(3, 1.5)
print(type(v), #v, v:get(2), v:sum())  -- expect: userdata	3	1.5	4.5
v:set(1, 10):set(3, -2)
print(tostring(v), v:sum())  -- expect: Vector(10, 1.5, -2)	9.5
local w = v + m.vector(3, 1)
print(tostring(w), w == v, w == (v + m.vector(3, 1)))  -- expect: Vector(11, 2.5, -1)	false	true
print(tostring(m.vector(12, 7)))  -- expect: Vector(7, 7, 7, 7, 7, 7, 7, 7, 7, 7, ...)
print(pcall(v.get, v, 4))  -- expect: false	bad argument #2 to '?' (index out of range)
print(pcall(function() return v:get(0) end))  -- expect: false	tests/modules/pucmod.lua:20: bad argument #1 to 'get' (index out of range)
print(pcall(v.get, {}, 1))  -- expect: false	bad argument #1 to '?' (pucmod.Vector expected, got table)
print(pcall(function() return v + m.vector(2) end))  -- expect: false	tests/modules/pucmod.lua:22: vectors of different sizes (3 and 2)
print(pcall(m.vector, 0))  -- expect: false	bad argument #1 to '?' (size out of range)
print(pcall(m.vector, "x"))  -- expect: false	bad argument #1 to '?' (number expected, got string)
print(getmetatable(v).__index.sum == v.sum)  -- expect: true

-- Finalizers run when vectors are collected.
local before = m.finalized()
do for i = 1, 10 do local tmp = m.vector(100) end end
collectgarbage()
collectgarbage()
print(m.finalized() - before >= 10)  -- expect: true

-- Calling back into Lua from C, traversing tables.
local doubled = m.map({1, 2, 3}, function(x, i) return x * 2 + i end)
print(#doubled, doubled[1], doubled[2], doubled[3])  -- expect: 3	3	6	9
print(table.concat(m.keys({b = 1, a = 2, [1] = 3, c = 4}), ","))  -- expect: a,b,c
print(pcall(m.map, {1}, function() error("inside map") end))  -- expect: false	tests/modules/pucmod.lua:38: inside map
print(pcall(m.map, 1))  -- expect: false	bad argument #1 to '?' (table expected, got number)

-- Buffers: luaL_addchar, addlstring, addvalue, pushresult, also with large data.
print(m.join(", ", "a", 1, 2.5, "b"))  -- expect: a, 1, 2.5, b
print(m.join("-"), m.join("-", "only"))  -- expect: 	only
print(pcall(m.join, ",", "a", {}))  -- expect: false	bad argument #3 to '?' (string or number expected, got table)
local big = m.big(100000)
print(#big, big:sub(1, 5), big:sub(-3), big == string.rep("abcdefghijklmnopqrstuvwxyz", 4000):sub(1, 100000))  -- expect: 100000	abcde	bcd	true
local many = {}
for i = 1, 3000 do many[i] = string.rep("x", i % 50) end
print(#m.join("", unpack(many)) == #table.concat(many))  -- expect: true

-- C closures with upvalues.
local c1, c2 = m.counter(), m.counter(100)
print(c1(), c1(), c1(5), c2(), c1())  -- expect: 1	2	7	101	8

-- lua_pcall with a message handler, from C.
print(m.try(function(a, b) return a + b, "two" end, 1, 2))  -- expect: true	3	two
print(m.try(function() error("bad thing") end))  -- expect: false	handled: tests/modules/pucmod.lua:57: bad thing
print(m.try(function() error({}) end))  -- expect: false	handled: (not a string)
print(m.try(m.fail, "direct"))  -- expect: false	handled: pucmod failure: direct
print(pcall(function()
  m.fail("from Lua")  -- line 61
end))  -- expect: false	tests/modules/pucmod.lua:61: pucmod failure: from Lua

-- luaL_checkoption.
print(m.option("alpha"), m.option("gamma"), m.option())  -- expect: 0	2	1
print(pcall(m.option, "delta"))  -- expect: false	bad argument #1 to '?' (invalid option 'delta')

-- The module's private environment (LUA_ENVIRONINDEX).
m.stash("k", "stashed")
print(m.unstash("k"), m.unstash("other"), k)  -- expect: stashed	nil	nil
print(m.globals())  -- expect: true

-- References.
local r = m.ref({tag = "referenced"})
collectgarbage()
print(m.deref(r).tag)  -- expect: referenced
m.unref(r)
print(m.ref(nil))  -- expect: -1

-- Yielding from C.
local co = coroutine.create(function(a)
  local x, y = m.yield(a, a * 2)
  return x .. y
end)
print(coroutine.resume(co, 21))  -- expect: true	21	42
print(coroutine.resume(co, "p", "q"))  -- expect: true	pq
print(coroutine.status(co))  -- expect: dead
local gen = coroutine.wrap(function() for i = 1, 3 do m.yield(i) end return "end" end)
print(gen(), gen(), gen(), gen())  -- expect: 1	2	3	end

-- lua_Debug seen from the module.
local function named_caller()
  return m.caller()
end
print(named_caller())  -- expect: named_caller	Lua	tests/modules/pucmod.lua	93	92

-- Type predicates.
print(m.types(1, "2", "x", nil, true, {}, print, named_caller, v, co))  -- expect: number#$ string#$ string$ nil boolean table functionC function userdataU thread
