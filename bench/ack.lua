-- ack: the Ackermann function (deep, non-tail and tail recursion).
-- Usage: ack.lua [reps]   computes ack(3, 7) and ack(2, k) `reps` times.
local reps = tonumber(arg and arg[1]) or 270

local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end

local sum = 0
for i = 1, reps do
  sum = sum + ack(3, 7) + ack(2, i % 50) + ack(1, i)
end
print(string.format("%.0f", sum))
