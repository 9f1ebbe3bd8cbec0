-- local function f can call itself; local f = function cannot.
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(5)) -- expect: 120
local fib
fib = function(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(20)) -- expect: 6765
local g = function(n) return g end
print(g(1)) -- expect: nil
local function h() return h end
print(h() == h) -- expect: true
