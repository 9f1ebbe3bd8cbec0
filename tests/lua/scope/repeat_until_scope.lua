-- The until condition can see locals declared in the repeat body.
local i = 0
repeat
  local done = i >= 3
  i = i + 1
until done
print(i) -- expect: 4
local n = 0
repeat
  local x = n * n
  n = n + 1
until x > 10
print(n) -- expect: 5
local fs = {}
local k = 0
repeat
  local j = k
  fs[#fs + 1] = function() return j end
  k = k + 1
until j == 2
print(#fs, fs[1](), fs[3]()) -- expect: 3	0	2
