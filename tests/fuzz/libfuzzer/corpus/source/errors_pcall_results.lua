-- pcall returns true plus all results on success
print(pcall(function() return 1, 2, 3 end))
print(pcall(function() end))
print(select('#', pcall(function() end)))
print(select('#', pcall(function() return nil, nil end)))
print(pcall(function(a, b) return a + b end, 3, 4))
local r1, r2 = pcall(print, "from print")
print(r1, r2)

-- (expected output)
-- expect: true	1	2	3
-- expect: true
-- expect: 1
-- expect: 3
-- expect: true	7
-- expect: from print
-- expect: true	nil
