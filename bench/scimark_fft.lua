-- scimark_fft: SciMark-style complex FFT, forward then inverse, on n = 1024 points
-- (float arithmetic, strided array access, math.sin).
-- Usage: scimark_fft.lua [cycles]   prints the round-trip RMS error and a data checksum.
local cycles = tonumber(arg and arg[1]) or 10000
local N = 1024

-- Park-Miller minimal standard generator: exact in doubles (16807 * 2^31 < 2^53).
local seed = 113
local function rand()
  seed = (16807 * seed) % 2147483647
  return seed / 2147483647
end

local function bitreverse(data, n)
  local j = 0
  for i = 0, n - 2 do
    if i < j then
      local ii, jj = 2 * i + 1, 2 * j + 1
      data[ii], data[jj] = data[jj], data[ii]
      data[ii + 1], data[jj + 1] = data[jj + 1], data[ii + 1]
    end
    local k = n / 2
    while k <= j do
      j = j - k
      k = k / 2
    end
    j = j + k
  end
end

local function transform(data, n, direction)
  bitreverse(data, n)
  local dual = 1
  while dual < n do
    local wr, wi = 1.0, 0.0
    local theta = 2.0 * direction * math.pi / (2.0 * dual)
    local s = math.sin(theta)
    local t = math.sin(theta / 2.0)
    local s2 = 2.0 * t * t
    -- a = 0: the twiddle factor is 1
    for b = 0, n - 1, 2 * dual do
      local i, j = 2 * b + 1, 2 * (b + dual) + 1
      local zr, zi = data[j], data[j + 1]
      data[j] = data[i] - zr
      data[j + 1] = data[i + 1] - zi
      data[i] = data[i] + zr
      data[i + 1] = data[i + 1] + zi
    end
    for a = 1, dual - 1 do
      local tr = wr - s * wi - s2 * wr
      local ti = wi + s * wr - s2 * wi
      wr, wi = tr, ti
      for b = 0, n - 1, 2 * dual do
        local i, j = 2 * (b + a) + 1, 2 * (b + a + dual) + 1
        local zr, zi = data[j], data[j + 1]
        local dr = wr * zr - wi * zi
        local di = wr * zi + wi * zr
        data[j] = data[i] - dr
        data[j + 1] = data[i + 1] - di
        data[i] = data[i] + dr
        data[i + 1] = data[i + 1] + di
      end
    end
    dual = dual * 2
  end
end

local function inverse(data, n)
  transform(data, n, 1)
  local norm = 1.0 / n
  for i = 1, 2 * n do data[i] = data[i] * norm end
end

local data, orig = {}, {}
for i = 1, 2 * N do
  local v = rand()
  data[i], orig[i] = v, v
end

local peak = 0
for _ = 1, cycles do
  transform(data, N, -1)
  peak = peak + math.abs(data[3]) + math.abs(data[N + 1])
  inverse(data, N)
end

local sq = 0
for i = 1, 2 * N do
  local d = data[i] - orig[i]
  sq = sq + d * d
end
print(string.format("rms=%.3e peak=%.6f", math.sqrt(sq / N), peak))
