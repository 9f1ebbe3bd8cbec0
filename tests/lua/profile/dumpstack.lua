-- jit.profile.dumpstack([thread,] fmt, depth): LuaJIT's formats. Level 0 is the running
-- function (here dumpstack itself), then its callers.
local profile = require("jit.profile")
local dumpstack = profile.dumpstack

local function g(fmt, depth) local s = dumpstack(fmt, depth) return s end
local function f(fmt, depth) local s = g(fmt, depth) return s end

print(f("f", 1)) -- expect: dumpstack
print(f("f;", 3)) -- expect: dumpstack;g;f;
print(f("fZ;", 3)) -- expect: dumpstack;g;f
print(f("fZ;", -3)) -- expect: f;g;dumpstack
print(f("l|", 3)) -- expect: [C]|dumpstack.lua:6|dumpstack.lua:7|
print(f("FZ ", 3)) -- expect: dumpstack dumpstack.lua:g dumpstack.lua:f
print(f("dZ ", 3)) -- expect: [C] dumpstack.lua:6 dumpstack.lua:7
-- Depth beyond the stack: what there is (dumpstack, g, f, the main chunk, the C caller).
print(f("fZ;", -100)) -- expect: [C];dumpstack.lua:0;f;g;dumpstack
-- A tail call leaves no frame of its own (and the callee no name).
local function t() return g("fZ;", 3) end
print(t()) -- expect: dumpstack;dumpstack.lua:6;dumpstack.lua:0
-- 'p' keeps the directory.
print(f("pl", 2):match("tests/lua/profile/dumpstack.lua:6") ~= nil) -- expect: true
-- Another thread: its suspended frames.
local co = coroutine.create(function() local function inner() coroutine.yield() end inner() end)
coroutine.resume(co)
print(dumpstack(co, "fZ;", 3)) -- expect: yield;inner;dumpstack.lua:24
print(dumpstack(co, "l", 0)) -- expect:
-- Errors.
print(pcall(dumpstack)) -- expect: false	bad argument #1 to '?' (string expected, got no value)
print(pcall(dumpstack, "f")) -- expect: false	bad argument #2 to '?' (number expected, got no value)
