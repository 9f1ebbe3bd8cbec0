-- math.log(x [, base]) (LuaJIT): log2(x) * (1 / log2(base))
print(math.log(8, 2), math.log(100, 10), math.log(1000, 10), math.log(27, 3), math.log(2, 8))
print(math.log(8, 0), math.log(0, 2), math.log(1/0, 2), math.log(1, 10))
local nan = math.log(-1, 2)
print(nan ~= nan)
print(math.log(100, "10"), pcall(math.log, 8, "x"))
print(math.log(8), math.log(1), math.log(math.exp(2)))
-- the same with a variable base and in a loop (the interpreter's fast path and the JIT)
local s = 0
for i = 1, 100 do s = s + math.log(2 ^ (i % 8), 2) end
print(s)
local f = math.log
for _, b in ipairs({2, 4, 16}) do print(f(256, b)) end

-- Expected output (produced by luajit 2.1):
-- expect: 3	2	3	3	0.33333333333333
-- expect: -0	-inf	inf	0
-- expect: true
-- expect: 2	false	bad argument #2 to '?' (number expected, got string)
-- expect: 2.0794415416798	0	2
-- expect: 346
-- expect: 8
-- expect: 4
-- expect: 2
