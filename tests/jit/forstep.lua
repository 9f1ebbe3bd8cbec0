-- Numeric for loops whose step is in a slot (not a constant): the trace adds the step without
-- an overflow check in each iteration, having checked once that limit + step stays in the
-- int32 range (record.c, rec_forloop_step); loops near the ends of that range leave the trace
-- there and give the interpreter's results. Each loop's test exits after the loop with the
-- index stepped.
jit.opt.start("hotloop=1", "hotexit=1")

local function run(a, b, s)
  local n, last, sum = 0, nil, 0
  for i = a, b, s do n = n + 1; last = i; sum = sum + i % 7 end
  return n, last, sum
end

local function show(a, b, s) print(run(a, b, s)) end
for _ = 1, 3 do show(1, 1000, 3) end -- expect: 334	1000	1001
-- expect: 334	1000	1001
-- expect: 334	1000	1001
show(1, 1000, 3) -- expect: 334	1000	1001
show(1000, 1, -7) -- expect: 143	6	858
show(2147483000, 2147483647, 5) -- expect: 130	2147483645	393
show(2147483000, 2147483647, 647) -- expect: 2	2147483647	6
show(-2147483000, -2147483648, -9) -- expect: 73	-2147483648	217
show(0, 2147483647, 1073741824) -- expect: 2	1073741824	1
show(2147483600, 2147483647, 1) -- expect: 48	2147483647	145

-- Descending, the root trace recorded with a negative step (limit + step checked against the
-- bottom of the range).
local function down(a, b, s)
  local n, last, sum = 0, nil, 0
  for i = a, b, s do n = n + 1; last = i; sum = sum + i % 5 end
  return n, last, sum
end
print(down(1000, 1, -7)) -- expect: 143	6	284
print(down(1000, 1, -7)) -- expect: 143	6	284
print(down(-2147483000, -2147483648, -9)) -- expect: 73	-2147483648	143
print(down(-2147483600, -2147483648, -1)) -- expect: 49	-2147483648	99

-- A sieve's strided loops (the step is the prime), as in bench/sieve.lua.
local function sieve(n)
  local composite, count = {}, 0
  for i = 1, n do composite[i] = false end
  for i = 2, n do
    if not composite[i] then
      count = count + 1
      for j = i * i, n, i do composite[j] = true end
    end
  end
  return count
end
print(sieve(10000), sieve(30000)) -- expect: 1229	3245
