-- scimark_sor: SciMark-style successive over-relaxation on a 100 x 100 grid
-- (nested float loops over rows of a 2-D table).
-- Usage: scimark_sor.lua [cycles]   prints the sum of the grid.
local cycles = tonumber(arg and arg[1]) or 24000
local M = 100
local omega = 1.25

local seed = 4711
local function rand()
  seed = (16807 * seed) % 2147483647
  return seed / 2147483647
end

local G = {}
for i = 1, M do
  local row = {}
  for j = 1, M do row[j] = rand() end
  G[i] = row
end

local omega_over_four = omega * 0.25
local one_minus_omega = 1.0 - omega
for _ = 1, cycles do
  for i = 2, M - 1 do
    local Gi, Gim1, Gip1 = G[i], G[i - 1], G[i + 1]
    for j = 2, M - 1 do
      Gi[j] = omega_over_four * (Gim1[j] + Gip1[j] + Gi[j - 1] + Gi[j + 1])
              + one_minus_omega * Gi[j]
    end
  end
end

local sum = 0
for i = 1, M do
  local Gi = G[i]
  for j = 1, M do sum = sum + Gi[j] end
end
print(string.format("%.9f", sum))
