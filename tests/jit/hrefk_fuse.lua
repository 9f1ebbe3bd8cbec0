-- Field loads and stores whose slot is addressed in the load or store itself (a fused HREFK:
-- [node + offset], no address register): many fields of several tables live at once (node
-- arrays spilled), a key guard that fails in the middle of the loop (another table shape), and
-- stores into the fields read.
local function make(i)
  return { x = i, y = 2 * i, z = 3 * i, vx = 0.5, vy = 0.25, vz = 0.125, m = i + 1 }
end
local bodies = {}
for i = 1, 6 do bodies[i] = make(i) end

local function step(bs, n)
  for k = 1, n do
    for i = 1, #bs do
      local a = bs[i]
      local b = bs[i % #bs + 1]
      local c = bs[(i + 1) % #bs + 1]
      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z
      local ex, ey, ez = a.x - c.x, a.y - c.y, a.z - c.z
      local s = dx * ex + dy * ey + dz * ez + a.m * b.m * c.m
      a.vx = a.vx + dx * 1e-3 + s * 1e-9
      a.vy = a.vy + dy * 1e-3
      a.vz = a.vz + dz * 1e-3
      b.m, c.m = b.m + 1e-6, c.m - 1e-6
      a.x, a.y, a.z = a.x + a.vx * 1e-2, a.y + a.vy * 1e-2, a.z + a.vz * 1e-2
    end
  end
end

step(bodies, 200)
local sum = 0
for i = 1, #bodies do
  local b = bodies[i]
  sum = sum + b.x + b.y + b.z + b.vx + b.vy + b.vz + b.m
end
print(string.format("%.6f", sum)) -- expect: 168.748872

-- A table whose fields sit in other nodes (built in another order, with an extra key): the
-- key guards fail there, and the loop goes on right.
local odd = { m = 7, extra = true, vz = 0.125, vy = 0.25, vx = 0.5, z = 9, y = 6, x = 3 }
bodies[4] = odd
step(bodies, 200)
sum = 0
for i = 1, #bodies do
  local b = bodies[i]
  sum = sum + b.x + b.y + b.z + b.vx + b.vy + b.vz + b.m
end
print(string.format("%.6f", sum), odd.extra) -- expect: 178.274889	true
