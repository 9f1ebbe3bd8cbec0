-- Closures made in compiled code (FNEW, a helper that makes them as CLOSURE does), their
-- upvalues open on the trace's slots (the trace keeps the values, every exit, library call and
-- CLOSE writes them back), closed by CLOSE at the end of each iteration and by the return or
-- tail call of an inlined function that makes closures (UCLOSE).
jit.opt.start("hotloop=2", "hotexit=2")

-- A closure per iteration, capturing the loop's variable and a body local that changes after.
local fs, total = {}, 0
for i = 1, 100 do
  local x = i * 2
  local f = function() return x + i end
  total = total + f()
  x = x + 1
  total = total + f()
  fs[i] = f
end
print(total, fs[3](), fs[100]()) -- expect: 30400	10	301

-- A function that makes a closure over its own locals, inlined: its return closes them.
local function counter(n) local c = 0 return function() c = c + n return c end end
local s = 0
for i = 1, 200 do local g = counter(i); g(); s = s + g() end
print(s) -- expect: 40200

-- Kept closures each see their own upvalue; a shared outer one is seen by all.
local shared, getters = 0, {}
for i = 1, 60 do
  local own = i
  getters[i] = function() shared = shared + 1; return own * 10 + shared end
end
print(getters[1](), getters[60](), getters[30](), shared) -- expect: 11	602	303	3

-- A tail call from an inlined function that made a closure.
local function adder(k) local base = k * 3 local f = function(v) return v + base end return f(k) end
local function twice(k) local h = function() return k end return adder(h() + 1) end
local t = 0
for i = 1, 150 do t = t + twice(i) end
print(t) -- expect: 45900
