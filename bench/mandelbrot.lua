-- mandelbrot: escape-time iteration over an n x n grid (floating-point loop).
-- Usage: mandelbrot.lua [n]   prints the number of points in the set and the
-- total iteration count.
local n = tonumber(arg and arg[1]) or 3300
local maxiter = 50

local inside, total = 0, 0
for y = 0, n - 1 do
  local ci = 2.0 * y / n - 1.0
  for x = 0, n - 1 do
    local cr = 2.0 * x / n - 1.5
    local zr, zi, zr2, zi2 = 0.0, 0.0, 0.0, 0.0
    local i = 0
    while i < maxiter and zr2 + zi2 <= 4.0 do
      zi = 2.0 * zr * zi + ci
      zr = zr2 - zi2 + cr
      zr2 = zr * zr
      zi2 = zi * zi
      i = i + 1
    end
    if i == maxiter then inside = inside + 1 end
    total = total + i
  end
end
print(string.format("inside=%d iters=%.0f", inside, total))
