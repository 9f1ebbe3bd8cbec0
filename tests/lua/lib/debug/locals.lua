-- debug.getlocal / setlocal
local function f(a, b)
  local c = a + b
  for i = 1, 7 do
    local n, v = debug.getlocal(1, i)
    if not n then break end
    print(i, n, v)
  end
  print(debug.setlocal(1, 3, 100))
  print(c)
  print(debug.setlocal(1, 50, 1))
end
f(1, 2)
print(pcall(debug.getlocal, 50, 1))
print(pcall(debug.setlocal, 50, 1, 1))
local n1, v1 = debug.getlocal(1, 1)
print(n1, type(v1))
local function g() local x = "gx"; coroutine.yield() end
local co = coroutine.create(g)
coroutine.resume(co)
print(debug.getlocal(co, 1, 1))

-- (expected output, from lua5.1)
-- expect: 1	a	1
-- expect: 2	b	2
-- expect: 3	c	3
-- expect: 4	(for index)	4
-- expect: 5	(for limit)	7
-- expect: 6	(for step)	1
-- expect: 7	i	7
-- expect: c
-- expect: 100
-- expect: nil
-- expect: false	bad argument #1 to '?' (level out of range)
-- expect: false	bad argument #1 to '?' (level out of range)
-- expect: f	function
-- expect: x	gx
