-- nested pcall: inner errors do not escape
local function level3() error("deep", 0) end
local function level2()
  local ok, e = pcall(level3)
  print("l2", ok, e) -- expect: l2	false	deep
  error("again", 0)
end
local ok, e = pcall(function()
  local ok2, e2 = pcall(level2)
  print("l1", ok2, e2) -- expect: l1	false	again
  return "done"
end)
print("top", ok, e) -- expect: top	true	done
print(pcall(pcall, error, "x")) -- expect: true	false	x
