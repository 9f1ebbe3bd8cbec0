-- Generic for with more variables than values, and extra values dropped.
local function it(_, i)
  if i < 2 then return i + 1, "a", "b", "c", "d" end
end
for i, a, b, c, d, e in it, nil, 0 do print(i, a, b, c, d, e) end
-- expect: 1	a	b	c	d	nil
-- expect: 2	a	b	c	d	nil
for i in it, nil, 0 do print(i) end
-- expect: 1
-- expect: 2
