-- Inner declarations shadow outer ones without changing them.
local x = "outer"
do
  local x = "inner"
  print(x) -- expect: inner
  do
    local x = "innermost"
    print(x) -- expect: innermost
  end
  print(x) -- expect: inner
end
print(x) -- expect: outer
local x = "redeclared"
print(x) -- expect: redeclared
