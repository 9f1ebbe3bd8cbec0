-- Blocks inside functions, with returns from nested blocks.
local function f(x)
  if x > 0 then
    local r = "pos"
    return r
  elseif x < 0 then
    local r = "neg"
    return r
  else
    do return "zero" end
  end
end
print(f(1), f(-1), f(0)) -- expect: pos	neg	zero
local function g()
  local a = 1
  do
    local a = 2
    do return a end
  end
end
print(g()) -- expect: 2
