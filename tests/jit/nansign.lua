-- x * -1 is not -x for a NaN (the multiplication keeps the NaN's sign, negation flips it), and
-- tostring shows the sign as the interpreter and Lua 5.1 do: no such fold in compiled code
-- (fuzzer seed 49864).
jit.opt.start("hotloop=2", "hotexit=2")
local function id(x) return x end
local a, b = {}, {}
for i = 1, 20 do
  local n = id(3) % id(-math.huge)   -- a NaN made at run time
  a[i] = n * -1
  b[i] = -n
end
local n = id(3) % id(-math.huge)
print(tostring(a[1]) == tostring(a[20]), tostring(a[20]) == tostring(n * -1)) -- expect: true	true
print(tostring(b[1]) == tostring(b[20]), tostring(b[20]) == tostring(-n)) -- expect: true	true
