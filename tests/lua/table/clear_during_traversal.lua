-- Assigning nil to existing fields during traversal is allowed.
local t = {}
for i = 1, 50 do t["k" .. i] = i end
local visited = 0
for k, v in pairs(t) do
  visited = visited + 1
  t[k] = nil
end
print(visited) -- expect: 50
print(next(t)) -- expect: nil
local u = {1, 2, 3, 4}
for k in pairs(u) do u[k] = nil end
print(#u, next(u)) -- expect: 0	nil
