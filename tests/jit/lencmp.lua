-- Comparisons of a length (#s, #t, string.len) with an int that goes negative, in traces: a
-- length is a 64-bit value, so the comparison is not made on 32-bit ints (it took -1 for
-- 2^32 - 1 and found #s < -1 true; fuzzer seed 6032251).
jit.opt.start("hotloop=1", "hotexit=1")

local function strs()
  local s, out = "inf", {}
  for i = 2, -3, -1 do
    if #s < i then s = s .. "AB" else s = "" end
    out[#out + 1] = #s
  end
  return s, table.concat(out, ",")
end
print(strs())

local function tabs()
  local t, out = { 1, 2, 3 }, {}
  for i = 4, -4, -1 do
    local a = #t <= i and "le" or "gt"
    local b = i > #t and "lt" or "ge"
    local c = string.len("abc") >= i and "y" or "n"
    local d = #t == i + 3 and "eq" or "ne"
    out[#out + 1] = a .. b .. c .. d
    if i % 2 == 0 then t[#t + 1] = i else t[#t] = nil end
  end
  return table.concat(out, " ")
end
print(tabs())

-- A length against a large negative int and against the loop's own limit.
local function big()
  local s, n = "xyz", 0
  for i = -2147483647, -2147483640 do
    if #s > i then n = n + 1 end
    if #s < i then n = n - 100 end
  end
  return n
end
print(big())
-- expect: 	0,2,0,0,0,0
-- expect: leltnne gtgeyne gtgeyne gtgeyeq gtgeyeq gtgeyne gtgeyne gtgeyne gtgeyne
-- expect: 8
