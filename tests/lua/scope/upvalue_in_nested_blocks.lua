-- Closures capturing variables from different blocks of one function.
local function f()
  local fs = {}
  local a = "a"
  do
    local b = "b"
    do
      local c = "c"
      fs[1] = function() return a .. b .. c end
      c = "C"
    end
    b = "B"
  end
  a = "A"
  return fs[1]
end
print(f()()) -- expect: ABC
