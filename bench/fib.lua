-- fib: naive doubly recursive Fibonacci (function-call overhead, small integer arithmetic).
-- Usage: fib.lua [n]   prints fib(n) plus the number of calls made.
local n = tonumber(arg and arg[1]) or 38

local calls = 0
local function fib(k)
  calls = calls + 1
  if k < 2 then return k end
  return fib(k - 1) + fib(k - 2)
end

local r = fib(n)
print(string.format("%.0f calls=%.0f", r, calls))
