-- The loop variable is a local copy; assigning it does not change the loop.
local s = ""
for i = 1, 3 do
  s = s .. i
  i = i * 10
  s = s .. i .. ","
end
print(s) -- expect: 110,220,330,
local i = "outer"
for i = 1, 2 do end
print(i) -- expect: outer
local count = 0
local limit = 3
for j = 1, limit do limit = 10; count = count + 1 end
print(count) -- expect: 3
