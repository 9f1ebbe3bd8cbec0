-- Nested tables and chained indexing.
local t = {a = {b = {c = {d = "deep"}}}, {1, {2, {3}}}}
print(t.a.b.c.d) -- expect: deep
print(t[1][1], t[1][2][1], t[1][2][2][1]) -- expect: 1	2	3
t.a.b.x = "new"
print(t["a"]["b"]["x"]) -- expect: new
local m = {}
for i = 1, 3 do
  m[i] = {}
  for j = 1, 3 do m[i][j] = i * j end
end
print(m[2][3], m[3][3]) -- expect: 6	9
print(#m, #m[1]) -- expect: 3	3
