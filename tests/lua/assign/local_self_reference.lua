-- In "local x = x" the right side refers to the outer x.
local x = 1
do
  local x = x + 1
  print(x) -- expect: 2
end
print(x) -- expect: 1
y = 10
local y = y * 2
print(y) -- expect: 20
local f = function() return f end
print(f()) -- expect: nil
