-- closures: create and call many closures -- counters with private upvalues, shared
-- upvalues, function composition, per-iteration loop variables and higher-order helpers.
-- Usage: closures.lua [rounds]   prints a checksum.
local rounds = tonumber(arg and arg[1]) or 420000

local function counter(start)
  local n = start
  return function(d) n = n + d; return n end
end

-- two closures sharing one upvalue
local function account(balance)
  local function deposit(x) balance = balance + x end
  local function get() return balance end
  return deposit, get
end

local function compose(f, g) return function(x) return f(g(x)) end end

local function map(t, f)
  local r = {}
  for i = 1, #t do r[i] = f(t[i]) end
  return r
end

local function fold(t, f, acc)
  for i = 1, #t do acc = f(acc, t[i]) end
  return acc
end

local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
local add = function(a, b) return a + b end

local sum = 0
local small = { 1, 2, 3, 4, 5, 6, 7, 8 }
for r = 1, rounds do
  local c = counter(r % 7)
  for j = 1, 4 do c(j) end
  local deposit, get = account(r % 13)
  deposit(3); deposit(r % 5)
  local f = compose(inc, compose(dbl, inc))
  -- a fresh upvalue for every iteration of the inner loop
  local fs = {}
  for k = 1, 4 do fs[k] = function() return k * r % 17 end end
  local ks = 0
  for k = 1, 4 do ks = ks + fs[k]() end
  local scale = r % 3
  local mapped = map(small, function(x) return x * scale + 1 end)
  sum = sum + c(0) + get() + f(r % 11) + ks + fold(mapped, add, 0)
end
print(string.format("%.0f", sum))
