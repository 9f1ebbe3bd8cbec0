-- gcpause: collector pauses over a large live heap. Builds n small tables (by default about
-- 1 GiB in Apogee; 4 array slots each, 1000 to a holder table, so that no single table is huge)
-- and keeps them alive while garbage is churned: 3n tables of 2 slots, timed 10 at a time (CPU
-- time, os.clock, so that time the process waits for a CPU does not count; the clock is too
-- costly to read at every allocation). The longest batch is the longest allocation stall; it
-- goes to stderr ("max_stall_ms=..."), where bench/run reads it. stdout has the checksum.
-- Usage: gcpause.lua [n]
local n = tonumber(arg and arg[1]) or 9000000
local clock = os.clock
local per = 1000
local live = {}
for c = 1, math.floor(n / per) do
  local t = {}
  local base = (c - 1) * per
  for i = 1, per do
    local v = base + i
    t[i] = {v, v % 7, v % 11, v % 13}
  end
  live[c] = t
end

local maxstall, sum = 0, 0
for b = 1, math.floor(3 * n / 10) do
  local t0 = clock()
  for j = 1, 10 do
    local g = {b, j}
    sum = sum + g[2]
  end
  local dt = clock() - t0
  if dt > maxstall then maxstall = dt end
end

local check = 0
for c = 1, #live do
  local t = live[c]
  for i = 1, #t, 97 do
    local e = t[i]
    check = (check + e[1] + e[2] * 3 + e[3] * 5 + e[4] * 7) % 1000000007
  end
end
print(#live * per, sum, check)
io.stderr:write(string.format("max_stall_ms=%.3f\n", maxstall * 1000))
