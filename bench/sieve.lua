-- sieve: sieve of Eratosthenes over a boolean array of 1,000,000 entries, repeated
-- (array writes, strided loops).
-- Usage: sieve.lua [rounds]   prints the prime count and the sum of the 10 largest primes.
local rounds = tonumber(arg and arg[1]) or 65
local LIMIT = 1000000

local function sieve(n)
  local composite = {}
  for i = 1, n do composite[i] = false end
  local count = 0
  for i = 2, n do
    if not composite[i] then
      count = count + 1
      for j = i * i, n, i do composite[j] = true end
    end
  end
  return count, composite
end

local count, composite, total = 0, nil, 0
for _ = 1, rounds do
  count, composite = sieve(LIMIT)
  total = total + count
end
local tail, found, i = 0, 0, LIMIT
while found < 10 and i >= 2 do
  if not composite[i] then tail = tail + i; found = found + 1 end
  i = i - 1
end
print(string.format("%d %.0f %.0f", count, total, tail))
