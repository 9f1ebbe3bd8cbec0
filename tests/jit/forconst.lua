-- Numeric for loops whose step and limit are constants loaded just before FORPREP: the trace
-- uses the constants. Every shape of constant, and loops whose limit is a variable.
jit.opt.start("hotloop=1")
local function run(f) return f() end
print(run(function() local s = 0 for i = 1, 100 do s = s + i end return s end)) -- expect: 5050
print(run(function() local s = 0 for i = 100, 1, -3 do s = s + i end return s end)) -- expect: 1717
print(run(function() local s = 0 for i = 1, 10.5 do s = s + i end return s end)) -- expect: 55
print(run(function() local s = 0 for i = 0, 1, 0.125 do s = s + i end return s end)) -- expect: 4.5
print(run(function() local s = 0 for i = 1, 2^31 + 10, 2^30 do s = s + 1 end return s end)) -- expect: 3
print(run(function() local s, n = 0, 37 for i = 1, n, 2 do s = s + i end return s end)) -- expect: 361
print(run(function() local s = 0 for i = 2147483600, 2147483647, 7 do s = s + 1 end return s end)) -- expect: 7
print(run(function() local s = 0 for i = -5, -50, -5 do s = s - i end return s end)) -- expect: 275
-- The same loop entered many times (outer loop): the constants hold each time.
print(run(function() local s = 0 for j = 1, 20 do for i = 1, 10 do s = s + i * j end end return s end)) -- expect: 11550
-- Constants beyond the int32 range met by a side trace at the loop (rec_forconsts converted them
-- to int32 before checking, undefined behaviour: the fuzzer's UBSan build stopped there).
jit.opt.start("hotexit=1")
print(run(function()
  local n = 0
  for i = 1, 1e75 do
    if i % 3 == 0 then n = n + 1 end
    if i >= 300 then break end
  end
  for i = 1, 300, 1e75 do n = n + i end
  return n
end)) -- expect: 100
