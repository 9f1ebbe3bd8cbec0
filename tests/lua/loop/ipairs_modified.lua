-- ipairs looks up each index at run time, seeing modifications.
local t = {1, 2, 3}
local s = ""
for i, v in ipairs(t) do
  s = s .. v
  if i == 1 then t[3] = "x"; t[4] = "y" end
end
print(s) -- expect: 12xy
local u = {1, 2, 3, 4}
local n = 0
for i, v in ipairs(u) do
  n = n + 1
  u[i + 1] = nil
end
print(n) -- expect: 1
