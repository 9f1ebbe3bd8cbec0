-- 100,000 suspended coroutines at once, each with a small stack
local cos = {}
local before = collectgarbage("count")
for i = 1, 100000 do
  local co = coroutine.create(function(x) local y = coroutine.yield(x + 1) return y * 2 end)
  local ok, v = coroutine.resume(co, i)
  if not ok or v ~= i + 1 then error("bad resume " .. i) end
  cos[i] = co
end
local per = (collectgarbage("count") - before) * 1024 / 100000
print(per < 2048) -- expect: true
local s = 0
for i = 1, 100000 do local _, v = coroutine.resume(cos[i], i) s = s + v end
print(s, coroutine.status(cos[1])) -- expect: 10000100000	dead
cos = nil
collectgarbage()
print(collectgarbage("count") - before < 1024) -- expect: true
