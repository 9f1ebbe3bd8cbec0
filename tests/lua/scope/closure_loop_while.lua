-- Locals declared inside while and repeat bodies are fresh per iteration.
local fs = {}
local i = 1
while i <= 3 do
  local j = i
  fs[i] = function() return j end
  i = i + 1
end
print(fs[1](), fs[2](), fs[3]()) -- expect: 1	2	3
local gs = {}
local k = 0
repeat
  k = k + 1
  local m = k * k
  gs[k] = function() return m end
until k == 3
print(gs[1](), gs[2](), gs[3]()) -- expect: 1	4	9
