-- matmul: dense n x n matrix multiplication with row tables (array loads/stores, float math).
-- Usage: matmul.lua [n]   prints the sum and trace of the product.
local n = tonumber(arg and arg[1]) or 900

local function matgen(N, seed)
  local m, tmp = {}, seed / N / N
  for i = 1, N do
    local row = {}
    for j = 1, N do row[j] = tmp * (i - j) * (i + j - 2) end
    m[i] = row
  end
  return m
end

local function transpose(a, N)
  local t = {}
  for i = 1, N do
    local row = {}
    for j = 1, N do row[j] = a[j][i] end
    t[i] = row
  end
  return t
end

local function mul(a, b, N)
  local bt = transpose(b, N)
  local c = {}
  for i = 1, N do
    local ai, ci = a[i], {}
    for j = 1, N do
      local btj, s = bt[j], 0
      for k = 1, N do s = s + ai[k] * btj[k] end
      ci[j] = s
    end
    c[i] = ci
  end
  return c
end

local a, b = matgen(n, 1.0), matgen(n, 2.0)
local c = mul(a, b, n)
local sum, trace = 0, 0
for i = 1, n do
  local ci = c[i]
  trace = trace + ci[i]
  for j = 1, n do sum = sum + ci[j] end
end
print(string.format("%.6f %.6f", sum, trace))
