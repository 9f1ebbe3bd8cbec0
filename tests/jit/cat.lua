-- Concatenation in compiled loops: strings and numbers (formatted as the interpreter formats
-- them, "%.14g"), several operands at once, results kept in tables while the collector runs,
-- and operands that need __concat or fail (they go through the interpreter, with its error).
jit.opt.start("hotloop=1")

local t = {}
for i = 1, 20 do t[i] = "k" .. i .. ":" .. (i * 1.5) .. "" end
print(t[1], t[2], t[20]) -- expect: k1:1.5	k2:3	k20:30
local s = ""
for i = 1, 30 do s = s .. (i % 10) end
print(s) -- expect: 123456789012345678901234567890
print((function() local r = "" for i = 1, 3 do r = r .. 1e300 * i .. -0.1 .. 2^53 end return r end)())
-- expect: 1e+300-0.19.007199254741e+152e+300-0.19.007199254741e+153e+300-0.19.007199254741e+15

-- Many strings, kept: the collector runs between iterations (the trace leaves for its step).
local keep = {}
for i = 1, 100000 do keep[i] = "item" .. i end
collectgarbage()
local ok = 0
for i = 1, 100000, 997 do if keep[i] == "item" .. i then ok = ok + 1 end end
print(ok, #keep, keep[100000]) -- expect: 101	100000	item100000

-- A long string grown in a loop.
local big = string.rep("a", 1000)
local acc = 0
for i = 1, 2000 do acc = acc + #(big .. i) end
print(acc) -- expect: 2006893

-- __concat and errors: the interpreter's results and messages.
local C = setmetatable({}, {__concat = function(a, b) return "C" end})
local u = {}
for i = 1, 10 do u[i] = (i < 8) and ("s" .. i) or (C .. i) end
print(u[1], u[7], u[8], u[10]) -- expect: s1	s7	C	C
print(pcall(function() local r = "" for i = 1, 10 do r = r .. (i < 5 and i or {}) end end))
-- expect: false	tests/jit/cat.lua:34: attempt to concatenate a table value

-- Operands of every length up to 40 bytes and at the 256-byte short-result limit (the short
-- path copies strings of up to 16 bytes without memcpy), with integers of every digit count,
-- negatives, fractions and huge numbers; a checksum of every byte against the interpreter's.
local parts = {}
for l = 0, 40 do parts[#parts + 1] = string.rep("x", l) .. "" end
parts[#parts + 1] = string.rep("y", 250)
parts[#parts + 1] = string.rep("z", 256)
local nums = { 0, 1, -1, 9, 10, 99, 100, 12345, -987654321, 2^31, 2^53, 1e14 - 1, -1e14 + 1,
               1e14, 0.5, -2.25, 1/3, 1e300 }
local h, total = 0, 0
for i = 1, #parts do
  for j = 1, #nums do
    local a, b = parts[i], nums[j]
    local s1, s2, s3, s4 = a .. b, b .. a .. b, a .. "|" .. b .. "|" .. a, b .. b
    for _, s in ipairs({ s1, s2, s3, s4 }) do
      for k = 1, #s, 3 do h = (h * 31 + s:byte(k)) % 2147483647 end
      total = total + #s
    end
  end
end
print(h, total) -- expect: 606428916	127722
