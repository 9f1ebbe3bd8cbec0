-- scimark_mc: SciMark-style Monte Carlo integration of a quarter circle, driven by its own
-- deterministic linear congruential generator (not math.random).
-- Usage: scimark_mc.lua [samples]   prints the hit count and the estimate of pi.
local samples = tonumber(arg and arg[1]) or 48000000

-- Park-Miller minimal standard LCG: products stay below 2^53, so doubles are exact.
local seed = 20240601
local function next_double()
  seed = (16807 * seed) % 2147483647
  return seed / 2147483647
end

local under = 0
for _ = 1, samples do
  local x = next_double()
  local y = next_double()
  if x * x + y * y <= 1.0 then under = under + 1 end
end
print(string.format("%d %.9f", under, under / samples * 4.0))
