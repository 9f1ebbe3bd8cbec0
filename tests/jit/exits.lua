-- Guards that fail leave the trace with every modified slot restored, from registers, spill
-- slots and constants; the interpreter carries on from the exact instruction.
jit.opt.start("hotloop=1")
-- The loop test exits at the end of the loop.
local a, b, c = 0, 0, 0
for i = 1, 20 do a = a + i; b = i * 2; c = 7 end
print(a, b, c) -- expect: 210	40	7
-- A branch taken differently after compilation exits in the middle of the loop.
local t = 0
for i = 1, 100 do
  if i < 90 then t = t + 1 else t = t + 1000 end
end
print(t) -- expect: 11089
-- A type change: the slot read as a number becomes a string.
local vals = {}
for i = 1, 30 do vals[i] = i end
vals[25] = "x"
local sum, where = 0, nil
for i = 1, 30 do
  local v = vals[i]
  if type(v) == "number" then sum = sum + v else where = i end
end
print(sum, where) -- expect: 440	25
-- Many live values at once: some end up in spill slots and must come back from there.
local v1, v2, v3, v4, v5, v6, v7, v8, v9, v10 = 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
local v11, v12, v13, v14, v15, v16, v17, v18 = 0, 0, 0, 0, 0, 0, 0, 0
for i = 1, 40 do
  v1 = v1 + i; v2 = v2 + v1; v3 = v3 + v2 * 0.5; v4 = v4 - i; v5 = v5 + 1.25
  v6 = v6 + v5; v7 = v7 + v3 / 7; v8 = v8 + i % 3; v9 = v9 + v8; v10 = v10 + 2
  v11 = v11 + v10; v12 = v12 - v11; v13 = v13 + v4; v14 = v14 + v13; v15 = v15 + 0.1
  v16 = v16 + v15; v17 = v17 + v16; v18 = v18 + i * i
  if i == 33 then break end
end
print(v1, v2, v3, v4, v5, v6) -- expect: 561	6545	29452.5	-561	41.25	701.25
print(string.format("%.6f %d %d %d %d", v7, v8, v9, v10, v11)) -- expect: 31135.500000 33 572 66 1122
print(v12, v13, v14, string.format("%.6f %.6f %.6f", v15, v16, v17), v18) -- expect: -13090	-6545	-58905	3.300000 56.100000 654.500000	12529
-- An integer index that overflows int32 leaves through the overflow guard.
local last
for i = 2147483640, 2147483650 do last = i end
print(last) -- expect: 2147483650
-- Loop-carried swaps (a parallel move at the back edge).
local x, y = 1, 2
for i = 1, 11 do x, y = y, x end
print(x, y) -- expect: 2	1
local fa, fb = 0, 1
for i = 1, 50 do fa, fb = fb, fa + fb end
print(fa) -- expect: 12586269025
