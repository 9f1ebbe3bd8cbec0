-- Closures that refer to themselves through an upvalue.
local function make_fact()
  local fact
  fact = function(n) if n <= 1 then return 1 end return n * fact(n - 1) end
  return fact
end
print(make_fact()(10)) -- expect: 3628800
local function mutual()
  local even, odd
  even = function(n) if n == 0 then return true end return odd(n - 1) end
  odd = function(n) if n == 0 then return false end return even(n - 1) end
  return even, odd
end
local e, o = mutual()
print(e(10), o(7), e(7)) -- expect: true	true	false
