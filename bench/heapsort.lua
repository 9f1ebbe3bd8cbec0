-- heapsort: in-place heapsort of pseudo-random integers (array indexing, comparisons).
-- Usage: heapsort.lua [n]   sorts n numbers three times; prints checks on the result.
local n = tonumber(arg and arg[1]) or 650000

local seed = 42
local function rand()
  seed = (16807 * seed) % 2147483647
  return seed
end

local function siftdown(a, start, stop)
  local root = start
  while true do
    local child = 2 * root
    if child > stop then return end
    if child < stop and a[child] < a[child + 1] then child = child + 1 end
    if a[root] < a[child] then
      a[root], a[child] = a[child], a[root]
      root = child
    else
      return
    end
  end
end

local function heapsort(a, count)
  for start = math.floor(count / 2), 1, -1 do siftdown(a, start, count) end
  for stop = count, 2, -1 do
    a[1], a[stop] = a[stop], a[1]
    siftdown(a, 1, stop - 1)
  end
end

local check = 0
local a = {}
for round = 1, 3 do
  for i = 1, n do a[i] = rand() % 1000000 end
  heapsort(a, n)
  for i = 2, n do
    if a[i - 1] > a[i] then error("not sorted at " .. i) end
  end
  check = check + a[1] + a[math.floor(n / 2)] * round + a[n]
end
print(string.format("%.0f", check))
