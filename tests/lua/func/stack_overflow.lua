-- Unbounded non-tail recursion raises a catchable error.
local function inf(n) return 1 + inf(n + 1) end
local ok, msg = pcall(inf, 1)
print(ok) -- expect: false
print(msg) -- expect: tests/lua/func/stack_overflow.lua:2: stack overflow
local function f() f() end
print((pcall(f))) -- expect: false
print("still running") -- expect: still running
