-- scimark_sparse: SciMark-style sparse matrix times vector in compressed-row form,
-- n = 1000 rows, 5000 non-zeros (indirect array indexing).
-- Usage: scimark_sparse.lua [cycles]   prints the sum of the result vector.
local cycles = tonumber(arg and arg[1]) or 40000
local N, NZ = 1000, 5000

local seed = 7
local function rand()
  seed = (16807 * seed) % 2147483647
  return seed / 2147483647
end

local x, y = {}, {}
for i = 1, N do x[i] = rand(); y[i] = 0 end

-- rows of equal length nr; columns spread with a row-dependent stride
local nr = math.floor(NZ / N)
local val, col, row = {}, {}, {}
for i = 1, nr * N do val[i] = rand() end
row[1] = 1
for r = 1, N do
  local start = row[r]
  row[r + 1] = start + nr
  local step = math.floor((r - 1) / nr)
  if step < 1 then step = 1 end
  for i = 0, nr - 1 do col[start + i] = i * step + 1 end
end

for _ = 1, cycles do
  for r = 1, N do
    local sum = 0
    for i = row[r], row[r + 1] - 1 do sum = sum + x[col[i]] * val[i] end
    y[r] = sum
  end
end

local total = 0
for i = 1, N do total = total + y[i] end
print(string.format("%.9f", total))
