-- A closure-based stateful iterator.
local function range(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i end
  end
end
local s = 0
for i in range(10) do s = s + i end
print(s) -- expect: 55
local function words(list)
  local idx = 0
  return function()
    idx = idx + 1
    return list[idx], idx
  end
end
local out = ""
for w, i in words({"x", "y", "z"}) do out = out .. i .. w end
print(out) -- expect: 1x2y3z
