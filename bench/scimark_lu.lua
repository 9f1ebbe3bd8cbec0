-- scimark_lu: SciMark-style LU factorisation with partial pivoting of a 100 x 100 matrix,
-- repeated on fresh copies (row swaps, nested float loops).
-- Usage: scimark_lu.lua [cycles]   prints a checksum of the factors and the pivots.
local cycles = tonumber(arg and arg[1]) or 2400
local N = 100

local seed = 1234
local function rand()
  seed = (16807 * seed) % 2147483647
  return seed / 2147483647
end

local A = {}
for i = 1, N do
  local row = {}
  for j = 1, N do row[j] = rand() end
  A[i] = row
end

local function copy(dst, src)
  for i = 1, N do
    local d, s = dst[i], src[i]
    for j = 1, N do d[j] = s[j] end
  end
end

local function factor(a, pivot)
  for j = 1, N do
    -- find the pivot in column j
    local jp, t = j, math.abs(a[j][j])
    for i = j + 1, N do
      local ab = math.abs(a[i][j])
      if ab > t then jp, t = i, ab end
    end
    pivot[j] = jp
    if a[jp][j] == 0 then error("singular matrix") end
    if jp ~= j then a[j], a[jp] = a[jp], a[j] end
    if j < N then
      local recp = 1.0 / a[j][j]
      for k = j + 1, N do a[k][j] = a[k][j] * recp end
      local aj = a[j]
      for ii = j + 1, N do
        local aii = a[ii]
        local aiij = aii[j]
        for jj = j + 1, N do aii[jj] = aii[jj] - aiij * aj[jj] end
      end
    end
  end
end

local lu, pivot = {}, {}
for i = 1, N do lu[i] = {} end
local diag = 0
for _ = 1, cycles do
  copy(lu, A)
  factor(lu, pivot)
  diag = diag + lu[N][N]
end

local sum, psum = 0, 0
for i = 1, N do
  local r = lu[i]
  for j = 1, N do sum = sum + math.abs(r[j]) end
  psum = psum + pivot[i] * i
end
print(string.format("%.6f %.6f %d", sum, diag, psum))
