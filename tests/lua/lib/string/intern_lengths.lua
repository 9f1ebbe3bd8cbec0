-- interning: strings of every length up to 300 built in two ways are equal and find the same
-- table slot; long strings that differ in one byte anywhere are distinct keys
local t, n, bad = {}, 0, 0
for len = 0, 300 do
  local a = string.rep("a", len)
  local b = ("a"):rep(len)
  local c = table.concat({string.rep("a", len - (len > 0 and 1 or 0)), len > 0 and "a" or ""})
  if a ~= b or a ~= c or #c ~= len then bad = bad + 1 end
  t[a] = len
end
for len = 0, 300 do
  if t[("a"):rep(len)] ~= len then bad = bad + 1 end
  n = n + 1
end
print(n, bad)
local base = string.rep("x", 1000)
local keys, count = {}, 0
for i = 1, 1000, 7 do
  local k = base:sub(1, i - 1) .. "y" .. base:sub(i + 1)
  if not keys[k] then count = count + 1 end
  keys[k] = true
end
print(count, keys[base] == nil)
for len = 1, 20 do
  local s1 = ("\0"):rep(len)
  local s2 = ("\0"):rep(len - 1) .. "\1"
  if s1 == s2 or #s1 ~= len then print("bad", len) end
end
print("done")

-- (expected output, from lua5.1)
-- expect: 301	0
-- expect: 143	true
-- expect: done
