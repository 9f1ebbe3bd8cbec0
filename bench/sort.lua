-- sort: table.insert/table.remove and table.sort, with the default order, a custom
-- comparator on records, and reverse order (sorting, comparator calls).
-- Usage: sort.lua [n]   prints checks on the sorted results.
local n = tonumber(arg and arg[1]) or 200000

local seed = 5
local function rand(m)
  seed = (16807 * seed) % 2147483647
  return seed % m
end

-- numbers, appended and inserted at the front region
local nums = {}
for i = 1, n do table.insert(nums, rand(1000000)) end
for i = 1, 200 do table.insert(nums, rand(100) + 1, -i) end
table.sort(nums)
for i = 2, #nums do if nums[i - 1] > nums[i] then error("numbers not sorted") end end

-- records with a total order: by group, then by id
local recs = {}
for i = 1, n do recs[i] = { group = rand(1000), id = i, name = "r" .. rand(100000) } end
table.sort(recs, function(a, b)
  if a.group ~= b.group then return a.group < b.group end
  return a.id < b.id
end)
local rcheck = 0
for i = 1, #recs, 97 do rcheck = (rcheck * 7 + recs[i].id) % 1000000007 end

-- strings in reverse order
local strs = {}
for i = 1, math.floor(n / 2) do strs[i] = string.format("k%07d", rand(10000000)) end
table.sort(strs, function(a, b) return a > b end)

-- drain from the end and from the front
local removed = 0
for _ = 1, 1000 do removed = removed + table.remove(nums) end
for _ = 1, 100 do removed = removed + table.remove(nums, 1) end

print(string.format("%d %.0f %.0f %s %s", #nums, removed, rcheck, strs[1], strs[#strs]))
