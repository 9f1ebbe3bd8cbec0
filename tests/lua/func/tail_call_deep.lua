-- Proper tail calls do not grow the stack.
local function loop(n) if n == 0 then return "done" end return loop(n - 1) end
print(loop(1000000)) -- expect: done
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(1000001)) -- expect: false
local function count(n, acc) if n == 0 then return acc end return count(n - 1, acc + 1) end
print(count(1000000, 0)) -- expect: 1000000
