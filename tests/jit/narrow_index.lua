-- Array indices computed by + and - from the loop's int index and numbers loaded as doubles
-- (2 * (b + a) + 1 with a an outer loop's index) are computed on ints, each double guarded to
-- hold an int32 and each step to not overflow: results as the interpreter's when a leaf is not
-- integral, when a step overflows the int32 range, and for keys outside the array.
jit.opt.start("hotloop=3", "hotexit=3")

local data = {}
for i = 1, 64 do data[i] = i * 1.5 end
local function sweep(a, n, d)
  local s = 0
  for b = 0, n - 1, 2 do
    local i, j = 2 * (b + a) + 1, 2 * (b + a + d) + 1
    s = s + (data[i] or -1) + (data[j + 1] or -2)
  end
  return s
end
local acc = {}
for a = 0, 6 do acc[#acc + 1] = sweep(a, 16, 3) end
print(table.concat(acc, " ")) -- expect: 444 492 540 588 636 684 732
-- a leaf that is not integral: the keys are hash keys (absent), as in the interpreter
print(sweep(0.5, 16, 3), sweep(2, 16, 0.25)) -- expect: 468	212
-- steps past the int32 range: keys far outside the array
print(sweep(2^31 - 3, 8, 1), sweep(-2^31, 8, 2^31 - 1)) -- expect: -12	30
-- negative zero as a leaf is the key 0 + ...
print(sweep(-0, 16, 3)) -- expect: 444

-- A difference of two doubles that hold ints, as an index.
local t = {}
for i = 1, 100 do t[i] = i end
local function diff(x, y)
  local s = 0
  for k = 1, 40 do s = s + (t[x - y + k] or 0) end
  return s
end
print(diff(10, 5), diff(100, 95), diff(3.5, 1.5), diff(70, 10)) -- expect: 1020	1020	900	3220
