-- Upvalues across several nesting levels.
local a = 1
local function l1()
  local b = 2
  return function()
    local c = 3
    return function()
      return function()
        a = a + 1
        return a + b + c
      end
    end
  end
end
local f = l1()()()
print(f()) -- expect: 7
print(f()) -- expect: 8
print(a) -- expect: 3
