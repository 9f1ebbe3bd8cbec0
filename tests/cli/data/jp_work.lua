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
-- arg[1]: the CPU seconds to run (default 0.15); more gives warm, a few percent, more samples.
local secs = tonumber(arg and arg[1]) or 0.15
local t0, total, rounds = os.clock(), 0, 0
repeat
  total = total + hot(200000) + warm(500)
  rounds = rounds + 1
until os.clock() - t0 > secs and rounds >= 5
print(total % 12345 == (rounds * (hot(200000) + 500)) % 12345)
