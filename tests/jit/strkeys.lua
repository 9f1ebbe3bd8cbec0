-- Variable string keys in compiled loops: reads of present and absent keys, stores to present
-- keys and new ones (inserted, the table growing), and a store whose key names a metamethod
-- when the trace runs (the table's cache of absent metamethods is cleared, so a table using
-- it as its metatable sees the new __index). Results as the interpreter's.
jit.opt.start("hotloop=2", "hotexit=2")

local words = {}
for i = 1, 50 do words[i] = "w" .. (i % 13) end
local counts = {}
for i = 1, #words do
  local w = words[i]
  counts[w] = (counts[w] or 0) + 1
end
local keys, total = 0, 0
for k, v in pairs(counts) do keys = keys + 1 total = total + v end
print(keys, total, counts.w0, counts.w12) -- expect: 13	50	3	3

-- Reads: present, absent (nil), and keys made by concatenation at run time.
local t = { alpha = 1, beta = 2, gamma = 3 }
local names = { "alpha", "beta", "delta", "gamma" }
local s, missing = 0, 0
for i = 1, 100 do
  local v = t[names[i % 4 + 1]]
  if v then s = s + v else missing = missing + 1 end
  local k = "al" .. "pha"
  s = s + t[k]
end
print(s, missing) -- expect: 250	25

-- A store through a variable key that turns out to be "__index" in a metatable.
local mt = {}
local obj = setmetatable({}, mt)
local fields = { "a", "b", "c", "__index" }
local seen = {}
for i = 1, 40 do
  local k = fields[i % 4 + 1]
  mt[k] = k == "__index" and { x = i } or i
  seen[#seen + 1] = obj.x or 0
end
print(seen[1], seen[3], seen[4], seen[40]) -- expect: 0	3	3	39
