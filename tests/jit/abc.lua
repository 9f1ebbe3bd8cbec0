-- Checks made once per loop: a numeric for loop's index moves from its value at entry toward
-- the limit, so t[i + c] is in the array part for every iteration when it is at both ends, and
-- i + c cannot overflow when it cannot at both ends. The trace checks the ends (the limit's
-- before the loop, the entry's in the first iteration) and nothing inside the loop. These
-- loops break each assumption on a later entry and must still compute what the interpreter
-- does. Also: a value stored in one iteration and read back in the next (t[i-1] after
-- t[i] = v) is taken from the store.
jit.opt.start("hotloop=1")

local function arr(n) local t = {} for i = 1, n do t[i] = i end return t end

-- Neighbours inside the bounds.
local function nsum(t, lo, hi)
  local s = 0
  for i = lo, hi do s = s + t[i - 1] + t[i] + t[i + 1] end
  return s
end
local t = arr(100)
print(nsum(t, 2, 99)) -- expect: 14847
-- Entered again with a limit past the array part: the check before the loop fails, the
-- interpreter (or a side trace) reads the nil and raises the error the interpreter raises.
print(pcall(nsum, t, 2, 100)) -- expect: false	tests/jit/abc.lua:15: attempt to perform arithmetic on field '?' (a nil value)
-- And with an entry index below it.
print(pcall(nsum, t, 1, 50)) -- expect: false	tests/jit/abc.lua:15: attempt to perform arithmetic on field '?' (a nil value)
print(nsum(t, 50, 60)) -- expect: 1815
-- A shorter array on a later call: the limit's check is against this table's size.
print(pcall(nsum, arr(10), 2, 20)) -- expect: false	tests/jit/abc.lua:15: attempt to perform arithmetic on field '?' (a nil value)
print(nsum(arr(10), 2, 9)) -- expect: 132

-- Counting down.
local function down(t, hi, lo)
  local s = 0
  for i = hi, lo, -1 do s = s + t[i] * 2 + t[i - 1] end
  return s
end
print(down(t, 100, 2)) -- expect: 15048
print(pcall(down, t, 100, 1)) -- expect: false	tests/jit/abc.lua:33: attempt to perform arithmetic on field '?' (a nil value)
print(down(t, 10, 5)) -- expect: 129

-- A step of 3, and a variable step.
local function stepped(t, n, st)
  local s = 0
  for i = 1, n, st do s = s + t[i] + t[i + 1] end
  return s
end
print(stepped(t, 97, 3)) -- expect: 3267
print(stepped(t, 99, 7)) -- expect: 1515

-- Index arithmetic near the ends of int32: i + 5 overflows for the last iterations, i - 5
-- near the bottom; the sums are exact doubles either way.
local function addk(lo, hi)
  local s = 0
  for i = lo, hi do s = s + (i + 5) - (i - 5) + (i + 5) end
  return s
end
print(string.format("%.0f", addk(2147483600, 2147483647))) -- expect: 103079214648
print(string.format("%.0f", addk(-2147483648, -2147483600))) -- expect: -105226696841
print(string.format("%.0f", addk(1, 10))) -- expect: 205

-- The visible loop variable assigned in the body is not the index any more.
local function reassigned(t)
  local s = 0
  for i = 1, 40 do i = i * 2 s = s + t[i] + t[i + 10] end
  return s
end
print(reassigned(t)) -- expect: 3680

-- Values carried from one iteration to the next through the table.
local function prefix(n)
  local p = {}
  for i = 1, n do p[i] = i end
  for i = 2, n do p[i] = p[i - 1] + p[i] end
  return p[n], p[50]
end
print(prefix(100)) -- expect: 5050	1275
local function fib(n)
  local f = {1, 1}
  for i = 3, n do f[i] = f[i - 1] + f[i - 2] end
  return f[n]
end
print(fib(31), fib(32), fib(33)) -- expect: 1346269	2178309	3524578
-- A store to another slot in between: t[i + 1] is written, then t[i] read.
local function shift(n)
  local a = arr(n)
  for i = 2, n - 1 do a[i + 1] = a[i] + a[i - 1] a[i] = 0 end
  local s = 0
  for i = 1, n do s = s + a[i] end
  return s
end
print(shift(20)) -- expect: 4
-- Two arrays that are the same table.
local function same(a, b, n)
  for i = 2, n do a[i] = b[i - 1] + 1 end
  return a[n]
end
local u = arr(50)
print(same(u, u, 50)) -- expect: 50
print(same(arr(50), arr(50), 50)) -- expect: 50
