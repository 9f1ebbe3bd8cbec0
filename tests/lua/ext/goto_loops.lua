-- loops built from goto, jumps out of nested loops and blocks, labels seen from nested blocks
local n = 0
::again::
n = n + 1
if n < 5 then goto again end
print(n)
for i = 1, 3 do
  for j = 1, 3 do
    if i * j == 4 then goto done end
    print(i, j)
  end
end
::done::
print("done")
do
  local t = {}
  local i = 1
  ::top::
  do
    t[#t + 1] = i
    i = i + 1
    if i <= 3 then goto top end
  end
  print(table.concat(t, ","))
end
-- a label may be reused in sibling and nested blocks (LuaJIT)
do ::a:: end
do ::a:: end
::a::
do ::a:: print("nested label") end
-- goto forward skipping a block
goto over
print("not printed")
::over::
do
  goto inner
  print("no")
  ::inner::
  print("inner")
end
-- several labels in a row, label at the end of a function
local function f(x)
  if x then goto out end
  print("f body")
  ::out:: ::out2::
end
f(false) f(true)
-- a goto inside a function does not see the labels of the enclosing function
print(loadstring("::l:: local function g() goto l end"))

-- Expected output (produced by luajit 2.1):
-- expect: 5
-- expect: 1	1
-- expect: 1	2
-- expect: 1	3
-- expect: 2	1
-- expect: done
-- expect: 1,2,3
-- expect: nested label
-- expect: inner
-- expect: f body
-- expect: nil	[string "::l:: local function g() goto l end"]:1: undefined label 'l'
