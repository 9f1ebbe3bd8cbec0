-- tostring of numbers and tonumber of strings and numbers computed in compiled code (TOSTR,
-- TONUMS): the interpreter's strings and numbers; a string that is no number leaves the trace
-- (the interpreter returns nil); a metatable given to numbers later (__tostring) is seen.
jit.opt.start("hotloop=2", "hotexit=2")
-- (-0.0, 1/0 and -1/0 as Lua 5.1's compiler keeps them: one constant for -0 and 0's sign)
local vals = { 1, -2, 0.5, 1e15, 1e100, -0.0, 1/0, -1/0, 123456789012345, 2^53, 1/3 }
local out = {}
for i = 1, 44 do
  local v = vals[(i - 1) % #vals + 1]
  out[i] = tostring(v) .. "|" .. tostring(i)
end
print(out[1], out[3], out[4], out[5], out[6], out[7]) -- expect: 1|1	0.5|3	1e+15|4	1e+100|5	-0|6	-inf|7
print(out[8], out[9], out[10], out[11], out[44]) -- expect: inf|8	1.2345678901234e+14|9	9.007199254741e+15|10	0.33333333333333|11	0.33333333333333|44

local strs = { "10", "0x10", " 5 ", "1e3", "-7.25", "abc", "", "12z", "0x", "1e1" }
local sum, nils = 0, 0
for r = 1, 30 do
  for i = 1, #strs do
    local n = tonumber(strs[i])
    if n then sum = sum + n else nils = nils + 1 end
  end
  sum = sum + tonumber(r) + tonumber(r / 2)
end
print(sum, nils) -- expect: 31710	120

-- A __tostring given to numbers after the loop was compiled.
local function show(x) return tostring(x) end
local t = {}
for i = 1, 20 do t[i] = show(i) end
debug.setmetatable(0, { __tostring = function(n) return "#" .. (n + 0) end })
for i = 1, 20 do t[i] = show(i) end
debug.setmetatable(0, nil)
print(t[1], t[20]) -- expect: #1	#20

