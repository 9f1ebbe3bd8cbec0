-- do ... end introduces a scope.
local r = {}
do
  local t = 1
  r[1] = t
  do
    local t = t + 1
    r[2] = t
  end
  r[3] = t
end
print(r[1], r[2], r[3]) -- expect: 1	2	1
print(t) -- expect: nil
do end
do do do print("deep") end end end -- expect: deep
