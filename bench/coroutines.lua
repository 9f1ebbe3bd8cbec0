-- coroutines: a ring of 503 coroutines passing a token around, plus a pipeline of
-- generator coroutines (a prime sieve of chained filters) -- resume/yield and wrap.
-- Usage: coroutines.lua [passes]   prints the ring member holding the token at the end
-- and the primes found by the pipeline.
local passes = tonumber(arg and arg[1]) or 10000000
local RING = 503

---------------------------------------------------------------- token ring
local threads = {}
for id = 1, RING do
  threads[id] = coroutine.create(function(token)
    while true do token = coroutine.yield(token - 1) end
  end)
end

local token, id = passes, 1
while true do
  local ok, t = coroutine.resume(threads[id], token)
  if not ok then error(t) end
  if t == 0 then break end
  token = t
  id = id % RING + 1
end

---------------------------------------------------------------- generator pipeline
local function numbers_from(start)
  return coroutine.wrap(function()
    local i = start
    while true do coroutine.yield(i); i = i + 1 end
  end)
end

local function filter(p, gen)
  return coroutine.wrap(function()
    while true do
      local x = gen()
      if x % p ~= 0 then coroutine.yield(x) end
    end
  end)
end

-- 100 chained filters: each generator call nests one resume per filter, and PUC Lua 5.1
-- allows about 200 nested C calls, so the chain stays short and is rebuilt instead.
local nprimes = 100
local rebuilds = math.floor(passes / 100000) + 1
local psum, plast = 0, 0
for _ = 1, rebuilds do
  local gen = numbers_from(2)
  for _ = 1, nprimes do
    local p = gen()
    psum, plast = psum + p, p
    gen = filter(p, gen)
  end
end
print(string.format("ring=%d primes=%d last=%d sum=%.0f", id, nprimes, plast, psum))
