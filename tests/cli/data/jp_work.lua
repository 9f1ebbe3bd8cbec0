-- A workload for the -jp tests: `hot` takes most of the time, for at least 0.15 s of CPU.
local function hot(n)
  local s = 0
  for i = 1, n do s = s + i % 7 end
  return s
end
local function warm(n)
  local t = {}
  for i = 1, n do t[i] = tostring(i) end
  return #t
end
local t0, total, rounds = os.clock(), 0, 0
repeat
  total = total + hot(200000) + warm(3000)
  rounds = rounds + 1
until os.clock() - t0 > 0.15 and rounds >= 5
print(total % 12345 == (rounds * (hot(200000) + 3000)) % 12345)
