-- strcat: string building -- repeated `..` concatenation, table.concat buffers,
-- string.rep and string.sub (string allocation and interning).
-- Usage: strcat.lua [rounds]   prints the total length and a byte checksum.
local rounds = tonumber(arg and arg[1]) or 280000

local total, check = 0, 0
for r = 1, rounds do
  -- naive concatenation in a loop
  local s = ""
  for i = 1, 40 do s = s .. i .. "," end
  -- multi-operand concatenation
  local t = "<" .. r .. ":" .. #s .. ":" .. (r % 97) .. ">"
  -- buffer then concat
  local buf = {}
  for i = 1, 40 do buf[#buf + 1] = string.sub(s, i, i + 3) end
  local joined = table.concat(buf, "|")
  local rep = string.rep("ab-", r % 20 + 1)
  local whole = t .. joined .. rep
  total = total + #s + #whole
  check = (check * 7 + whole:byte(r % #whole + 1) + s:byte(#s - 1)) % 1000000007
end
print(string.format("%.0f %.0f", total, check))
