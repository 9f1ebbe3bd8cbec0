-- binarytrees: allocate and walk many complete binary trees (GC and allocation pressure).
-- Usage: binarytrees.lua [maxdepth]   prints the check value of every phase.
local maxdepth = tonumber(arg and arg[1]) or 15
local mindepth = 4
if maxdepth < mindepth + 2 then maxdepth = mindepth + 2 end

local function make(depth)
  if depth == 0 then return {} end
  depth = depth - 1
  return { make(depth), make(depth) }
end

local function check(tree)
  if tree[1] then return 1 + check(tree[1]) + check(tree[2]) end
  return 1
end

local out = {}
out[#out + 1] = "stretch=" .. check(make(maxdepth + 1))
local longlived = make(maxdepth)
for depth = mindepth, maxdepth, 2 do
  local iters = 2 ^ (maxdepth - depth + mindepth)
  local sum = 0
  for _ = 1, iters do sum = sum + check(make(depth)) end
  out[#out + 1] = string.format("%d:%.0f", depth, sum)
end
out[#out + 1] = "long=" .. check(longlived)
print(table.concat(out, " "))
