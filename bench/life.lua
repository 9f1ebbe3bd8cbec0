-- life: Conway's Game of Life on a 128 x 128 torus (2-D table reads, neighbour counting).
-- Usage: life.lua [generations]   prints the live-cell count and a position hash.
local gens = tonumber(arg and arg[1]) or 8000
local W, H = 128, 128

local seed = 99
local function rand()
  seed = (16807 * seed) % 2147483647
  return seed / 2147483647
end

local function grid()
  local g = {}
  for y = 1, H do
    local row = {}
    for x = 1, W do row[x] = 0 end
    g[y] = row
  end
  return g
end

local cur, nxt = grid(), grid()
for y = 1, H do
  for x = 1, W do
    if rand() < 0.3 then cur[y][x] = 1 end
  end
end

for _ = 1, gens do
  for y = 1, H do
    local up = cur[y == 1 and H or y - 1]
    local row = cur[y]
    local down = cur[y == H and 1 or y + 1]
    local out = nxt[y]
    for x = 1, W do
      local l = x == 1 and W or x - 1
      local r = x == W and 1 or x + 1
      local nb = up[l] + up[x] + up[r] + row[l] + row[r] + down[l] + down[x] + down[r]
      if nb == 3 or (nb == 2 and row[x] == 1) then out[x] = 1 else out[x] = 0 end
    end
  end
  cur, nxt = nxt, cur
end

local alive, hash = 0, 0
for y = 1, H do
  local row = cur[y]
  for x = 1, W do
    if row[x] == 1 then
      alive = alive + 1
      hash = (hash * 31 + y * W + x) % 1000000007
    end
  end
end
print(string.format("%d %d", alive, hash))
