-- The limits of a function's constant table and local variables (issue 13). 262,143 constants
-- load, as in PUC Lua 5.1; one more fails with 5.1's wording. The message carries the chunk
-- and line like other compile errors and no traceback (5.1 raises it as a runtime error: no
-- position, and the traceback of an enclosing error handler appended).
local function numbers(n)   -- x = 1.5 x = 2.5 ... x = n.5 on line 2, one constant each
  local p = {"local x\n"}
  for i = 1, n do p[#p + 1] = ("x=%d.5 "):format(i) end
  return table.concat(p) .. "return x"
end
print(loadstring(numbers(262143), "=big")()) -- expect: 262143.5
print(loadstring(numbers(262144), "=big")) -- expect: nil	big:2: constant table overflow

-- 32,767 local variable declarations in one function, as 5.1 (SHRT_MAX)
print(type(loadstring(string.rep("do local a end ", 32767), "=locals"))) -- expect: function
print(loadstring(string.rep("do local a end ", 32768), "=locals")) -- expect: nil	locals:1: too many local variables
