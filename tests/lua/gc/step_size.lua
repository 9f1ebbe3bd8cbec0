-- collectgarbage("step", n): n sets the size of the step (KiB, scaled by the step multiplier)
-- and the result is true when the step finished a cycle. Counted from the start of a cycle
-- with the collector stopped, so that no step runs while the garbage is made.
local function calls(n)
  collectgarbage("collect")
  collectgarbage("stop")
  local t = {}
  for i = 1, 3000 do t[i] = {i} end
  t = nil
  local c = 0
  repeat c = c + 1 until collectgarbage("step", n)
  collectgarbage("restart")
  return c
end
local c0, c2, c6, cbig = calls(0), calls(2), calls(6), calls(10000)
print(c0 >= 10, c0 > c2, c2 > c6, c6 > cbig) -- expect: true	true	true	true
print(cbig) -- expect: 1
print(calls(100) <= 2) -- expect: true
-- a big step finishes the cycle in progress in one call with the collector running too
for i = 1, 3000 do local t = {i} end
print(collectgarbage("step", 10000)) -- expect: true
print(collectgarbage("step", 10000)) -- expect: true
