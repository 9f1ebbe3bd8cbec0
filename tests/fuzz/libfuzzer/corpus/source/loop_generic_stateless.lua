-- A custom stateless iterator using the state and control values.
local function iter(limit, i)
  i = i + 1
  if i <= limit then return i, i * i end
end
local s = ""
for i, sq in iter, 4, 0 do s = s .. i .. ":" .. sq .. "," end
print(s) -- expect: 1:1,2:4,3:9,4:16,
local function rev(t, i)
  i = i - 1
  if i > 0 then return i, t[i] end
end
local function ripairs(t) return rev, t, #t + 1 end
s = ""
for i, v in ripairs({"a", "b", "c"}) do s = s .. v end
print(s) -- expect: cba
