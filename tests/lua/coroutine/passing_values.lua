-- any number of values pass through resume and yield, both ways
local co = coroutine.create(function(...)
  print("start", select('#', ...), ...)
  local a, b, c = coroutine.yield()
  print("got", a, b, c)
  local n = select('#', coroutine.yield(1, nil, 3, nil))
  print("count", n)
  return unpack({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
end)
print(coroutine.resume(co, "a", nil, "c")) -- expect: start	3	a	nil	c
-- expect: true
print(coroutine.resume(co, 1, 2)) -- expect: got	1	2	nil
-- expect: true	1	nil	3	nil
print(coroutine.resume(co, nil, nil, nil, nil, nil)) -- expect: count	5
-- expect: true	1	2	3	4	5	6	7	8	9	10
print(coroutine.status(co), coroutine.resume(co)) -- expect: dead	false	cannot resume dead coroutine
local gen = coroutine.wrap(function(a) while true do a = coroutine.yield(a * 2) end end)
print(gen(1), gen(2), gen(3)) -- expect: 2	4	6
