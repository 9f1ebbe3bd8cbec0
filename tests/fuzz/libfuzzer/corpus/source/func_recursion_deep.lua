-- Non-tail recursion to a moderate depth works.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000)) -- expect: 10000
local function sum(n) if n == 0 then return 0 end return n + sum(n - 1) end
print(sum(5000)) -- expect: 12502500
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print(ack(2, 3)) -- expect: 9
