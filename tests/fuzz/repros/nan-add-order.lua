-- Adding two NaNs of different sign: x86 returns the first operand's NaN, as PUC does.
local a = 0/0     -- -nan
local b = -a      -- nan
print(b + a, a + b)   -- PUC: nan  -nan   (- * / % ^ already agree)
