-- a million coroutines created, run to completion and dropped, in bounded memory
local done = 0
for i = 1, 1000000 do
  local co = coroutine.wrap(function(a) local b = coroutine.yield(a * 2) return a + b end)
  if co(i) == i * 2 and co(1) == i + 1 then done = done + 1 end
end
print(done, collectgarbage("count") < 16384) -- expect: 1000000	true
