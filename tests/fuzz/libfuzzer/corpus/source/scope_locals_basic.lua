-- Local variables are visible from their declaration to the end of the block.
local a = 1
print(a) -- expect: 1
do
  local b = 2
  print(a + b) -- expect: 3
end
print(b) -- expect: nil
local c
print(c) -- expect: nil
c = 3
print(c) -- expect: 3
