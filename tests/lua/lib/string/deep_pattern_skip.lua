-- the "pattern too complex" bound is unchanged by the matcher's shortcuts
-- (skipped start positions, skipped backtracking positions): the same
-- patterns pass and fail at the limit
local function try(s, p)
  -- (through a function: pcall itself need not hold all the captures)
  local ok, a, b = pcall(function() local a, b = string.find(s, p) return a, b end)
  return ok and tostring(a) .. "-" .. tostring(b) or a:gsub("^.-:%d+: ", "")
end
for _, k in ipairs{198, 199, 200, 201} do
  print(k, try("b", string.rep("a*", k) .. "b"), try("cb", string.rep("a*", k) .. "b"),
        try("c", string.rep("a*", k) .. "b"), try("xab", string.rep("a?", k) .. "b"),
        try("c", "x" .. string.rep("a*", k) .. "b"), try("ab", "a" .. string.rep("b?", k) .. "$"))
end
for _, k in ipairs{31, 32, 33} do
  print(k, try("ab", string.rep("(", k) .. "a" .. string.rep(")", k)),
        try("zz", string.rep("(", k) .. "a" .. string.rep(")", k)),
        try("zz", string.rep("()", k) .. "a"))
end
for _, k in ipairs{98, 99, 100} do
  print(k, try("ab", "(" .. string.rep("a*", k) .. ")" .. string.rep("b*", k)))
end

-- (expected output, from lua5.1 except the "pattern too complex" results: 5.1 has no
-- such bound and succeeds there)
-- expect: 198	1-1	2-2	nil-nil	2-3	nil-nil	1-2
-- expect: 199	1-1	2-2	nil-nil	2-3	nil-nil	1-2
-- expect: 200	pattern too complex	pattern too complex	pattern too complex	pattern too complex	nil-nil	pattern too complex
-- expect: 201	pattern too complex	pattern too complex	pattern too complex	pattern too complex	nil-nil	pattern too complex
-- expect: 31	1-1	nil-nil	nil-nil
-- expect: 32	1-1	nil-nil	nil-nil
-- expect: 33	too many captures	too many captures	too many captures
-- expect: 98	1-2
-- expect: 99	pattern too complex
-- expect: 100	pattern too complex
