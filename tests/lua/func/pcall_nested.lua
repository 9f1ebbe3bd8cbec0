-- pcall inside pcall, and state after errors.
local function inner() error("inner", 0) end
local function outer()
  local ok, e = pcall(inner)
  return "caught " .. e
end
print(pcall(outer)) -- expect: true	caught inner
print(pcall(pcall, error, "x")) -- expect: true	false	x
local n = 0
for i = 1, 100 do pcall(error, i); n = n + 1 end
print(n) -- expect: 100
print(pcall(function(...) return ... end, 1, 2)) -- expect: true	1	2
