-- Loops that call C (math functions, string.sub, tables made, x ^ y, tostring) with many
-- values from before the loop in registers the calls clobber: each such invariant is saved
-- once before the loop and restored after every call; values that change (the index, sums)
-- are saved around each call. Exits from the loop body see them all.
jit.opt.start("hotloop=1", "hotexit=1")

local function run(n, a, b, c, d, e, f, s, t, u)
  local acc, cnt, str = 0, 0, ""
  local k1, k2, k3 = a * 2, b - 1, c + d
  for i = 1, n do
    local x = math.sin(i * a) + b
    local y = math.floor(x * c) + d ^ 2 + e
    local z = string.sub(s, i % #s + 1, i % #s + 2)
    local w = { i, x, f }
    acc = acc + x + y + #z + w[1] + k1 + k2 + k3 + t[1] + u.v
    if i % 7 == 0 then cnt = cnt + 1; str = z end
    if i % 11 == 0 then acc = acc + tostring(i):len() + e * f end
  end
  return acc, cnt, str, a, b, c, d, e, f, s, t[1], u.v, k1, k2, k3
end

for r = 1, 3 do
  print(string.format("%.6f %d %s %g %g %g %g %g %g %s %g %g %g %g %g",
    run(40 + r, 0.5, 1.25, 3, 2, -1.5, 7, "abcdefgh", { 4 }, { v = 9 })))
end
print(string.format("%.6f", (run(100, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, "xyz", { 1 }, { v = 2 }))))

-- An exit in the loop body after calls (a type that changes) sees the invariants intact.
local function mixed(n, p, q, r)
  local out = {}
  for i = 1, n do
    local v = math.sqrt(i) * p + q
    local s = string.sub("0123456789", i % 10 + 1, i % 10 + 1)
    if i == n - 3 then v = "late" end
    out[#out + 1] = type(v) == "string" and v .. s or string.format("%.3f%s%g", v, s, r)
  end
  return table.concat(out, ",")
end
print(mixed(20, 1.5, -2, 42))
-- expect: 1998.112372 5 de 0.5 1.25 3 2 -1.5 7 abcdefgh 4 9 1 0.25 5
-- expect: 2071.949027 6 cd 0.5 1.25 3 2 -1.5 7 abcdefgh 4 9 1 0.25 5
-- expect: 2145.420666 6 cd 0.5 1.25 3 2 -1.5 7 abcdefgh 4 9 1 0.25 5
-- expect: 5620.803377
-- expect: -0.500142,0.121242,0.598342,1.000442,1.354542,1.674642,1.969742,2.243842,2.500942,2.743042,2.975142,3.196242,3.408342,3.612442,3.809542,4.000642,late7,4.364842,4.538942,4.708042
