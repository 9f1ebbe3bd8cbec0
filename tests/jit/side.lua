-- Side traces: an exit taken often gets a trace of its own, which the parent's exit jumps to;
-- it runs until it reaches a compiled loop and links to it. Nested loops run so: the inner
-- loop's trace, and a side trace from its end through the outer loop back into it.
jit.opt.start("hotloop=2", "hotexit=2")
-- A rectangular nest: the sum of i*j.
local s = 0
for i = 1, 60 do
  for j = 1, 60 do s = s + i * j end
  s = s - i
end
print(s) -- expect: 3347070
-- A triangular nest with a while loop inside and a float step outside.
local cnt, acc = 0, 0
for x = 0.5, 20, 0.5 do
  local k = 0
  while k < x do k = k + 1; acc = acc + k end
  cnt = cnt + k
end
print(cnt, acc) -- expect: 420	3080
-- A branch inside the inner loop that changes direction halfway: a side trace mid-loop,
-- linking back to the same loop.
local odd, even = 0, 0
for i = 1, 400 do
  if i % 2 == 0 then even = even + i else odd = odd + i end
end
print(odd, even) -- expect: 40000	40200
-- Values changing type under a side trace: the side trace's own guards exit.
local t = {}
for i = 1, 50 do t[i] = i end
local tot = 0
for r = 1, 3 do
  if r == 3 then t[40] = "x" end
  for i = 1, 50 do
    local v = t[i]
    if type(v) == "number" then tot = tot + v else tot = tot + 1000 end
  end
end
print(tot) -- expect: 4785
-- A downward inner loop, an empty inner loop and an outer loop whose inner loop runs once.
local z = 0
for i = 1, 30 do
  for j = i, 1, -1 do z = z + j end
  for j = 1, 0 do z = z + 1000000 end
  for j = 1, 1 do z = z + 0.5 end
end
print(z) -- expect: 4975
-- Three levels.
local m = 0
for a = 1, 8 do for b = 1, 8 do for c = 1, 8 do m = m + a * b - c end end end
print(m) -- expect: 8064
-- Exits that did get side traces.
print(jit.util.ntraces() > 3) -- expect: true
