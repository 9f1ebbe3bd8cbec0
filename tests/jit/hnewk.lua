-- Constructors with named fields in compiled loops ({ value = x, next = head }): in a table the
-- trace made, a new constant string key whose main node is free goes into that node without a
-- call (HNEWK); a key colliding with an earlier one, and tables that already had other
-- insertions, take the NEWREF call. Fields are read back, the objects are linked and walked,
-- and the keys survive collections (they are in the table).
jit.opt.start("hotloop=2", "hotexit=2")
local a0 = jit.util.naborts()
local head
for i = 1, 2000 do head = { value = i, next = head } end
local s, n, node = 0, 0, head
while node do s = s + node.value; n = n + 1; node = node.next end
print(s, n) -- expect: 2001000	2000

-- Many fields (some keys share a main node: the later ones take the call), read back at once.
local objs = {}
for i = 1, 500 do
  local o = { a = i, b = i * 2, c = "c" .. i, d = i % 7, e = true, f = i + 0.5, g = -i, h = i * i }
  o.x = o.a + o.b
  o.y = o.x + o.h
  objs[i] = o
end
local t = 0
for i = 1, 500 do
  local o = objs[i]
  t = t + o.a + o.b + #o.c + o.d + (o.e and 1 or 0) + o.f + o.g + o.h + o.x + o.y
end
print(t) -- expect: 84714889

-- Fields added after an array part, with pairs counting them all.
local last
for i = 1, 300 do last = { i, i + 1, name = "n" .. i, size = i } end
local a1 = jit.util.naborts()
local cnt = 0
for k, v in pairs(last) do cnt = cnt + 1 end   -- (its keys change type: that loop may abort)
print(cnt, last.name, last.size, last[2], a1 - a0) -- expect: 4	n300	300	301	0
collectgarbage()
print(head.value, head.next.value, objs[77].c) -- expect: 2000	1999	c77
