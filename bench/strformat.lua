-- strformat: string.format with integer, fixed-point, hex, padded and string conversions,
-- plus tostring/tonumber round trips.
-- Usage: strformat.lua [n]   prints the total length and a checksum of the output.
local n = tonumber(arg and arg[1]) or 1100000

local names = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta" }
local total, check = 0, 0
for i = 1, n do
  local name = names[i % #names + 1]
  local s = string.format("%5d|%-8s|%08.3f|%x|%X|%c|%q|%+.2f|%3s%%", i, name, i / 7,
                          i * 3, i % 4096, 65 + i % 26, name, (i % 1000) / 7 - 60, "z")
  local back = tonumber(string.format("%.4f", i / 3))
  local t = tostring(i) .. tostring(i % 37)
  total = total + #s + #t
  check = (check * 31 + s:byte(i % #s + 1) + math.floor(back)) % 1000000007
end
print(string.format("%.0f %.0f", total, check))
