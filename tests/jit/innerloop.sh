# Inner loops met by a loop's root trace, read from -jv (no abort repeats, none here at all):
# - a while loop whose counter runs out on its last test (it leaves the loop on the recorded
#   iteration) starts recording again at its next test instead of aborting;
# - a root trace that meets an inner loop without a trace records into its first iteration and
#   links to a loop with a trace it reaches there (an outer loop that only runs inside side
#   traces never gets a trace of its own);
# - an inner loop that ends after one iteration is recorded as leaving it (a guard);
# - an inner loop that goes round without getting hot ends the outer trace at its FORLOOP on
#   the second try (-> interpreter), instead of aborting until blacklisted.
jv() { "$LUA" -jv -Ohotloop=56,hotexit=10 - 2>&1 >/dev/null; }   # the -jv lines
run() { "$LUA" -Ohotloop=56,hotexit=10 - 2>&1; }                  # the result
noaborts() { grep -c -- 'TRACE ---' || true; }

# A bit-reversal counter (scimark's fft): the while loop runs 0, 1 or a few times per
# iteration of the for loop, which runs only inside the while loop's side traces.
prog1='
local function br(n)
  local j, c = 0, 0
  for i = 0, n - 2 do
    local k = n / 2
    while k <= j do j = j - k; k = k / 2 end
    j = j + k
    c = c + j
  end
  return c
end
local s = 0
for r = 1, 300 do s = s + br(64) end
print(s)'
echo "$prog1" | run
out=$(echo "$prog1" | jv)
# expect: 604800
echo "$out" | noaborts
# expect: 0
echo "$out" | grep -c 'stdin:6 loop'
# expect: 1
# The main loop's trace goes through br's for loop into the while loop's trace.
echo "$out" | grep -c 'stdin:13 -> 1\]'
# expect: 1

# scimark's LU: the main loop calls copy(), whose outer loop runs only in side traces of the
# inner loop's trace; the main loop's trace links to that.
prog2='
local function copy(d, s, n)
  for i = 1, n do
    local di, si = d[i], s[i]
    for j = 1, n do di[j] = si[j] end
  end
end
local n = 12
local a, b = {}, {}
for i = 1, n do a[i], b[i] = {}, {} for j = 1, n do b[i][j] = i * j end end
local s = 0
for r = 1, 200 do copy(a, b, n); s = s + a[n][n] + a[r % n + 1][1] end
print(s)'
echo "$prog2" | run
out=$(echo "$prog2" | jv)
# expect: 30092
echo "$out" | noaborts
# expect: 0
echo "$out" | grep -c 'stdin:12 -> 3\]'
# expect: 1

# An inner loop of zero or one iteration in a repeat loop: the repeat loop's trace records
# the FORLOOP that ends the loop (before: five aborts, then a trace).
prog3='
local t = {5}
local s, n = 0, 0
repeat
  for i = 1, n % 2 do s = s + t[i] end
  n = n + 1
until n == 2000
print(s)'
echo "$prog3" | run
out=$(echo "$prog3" | jv)
# expect: 5000
echo "$out" | noaborts
# expect: 0
echo "$out" | grep -c 'stdin:5 loop'
# expect: 1

# An inner loop of two iterations every fourth time round: it does not get hot before the
# outer loop, whose first try (at n = 55) aborts; the second (at n = 167) ends the trace before
# the inner loop's FORLOOP (-> interpreter). The inner loop gets its trace later.
prog4='
local s, n = 0, 0
repeat
  local m = n % 4 == 3 and 2 or 0
  for i = 1, m do s = s + i end
  n = n + 1
until n == 3000
print(s)'
echo "$prog4" | run
out=$(echo "$prog4" | jv)
# expect: 2250
echo "$out" | grep -c 'TRACE --- stdin:4 -- inner loop at stdin:5'
# expect: 1
echo "$out" | noaborts
# expect: 1
echo "$out" | grep -c 'TRACE   1 stdin:4 -> interpreter'
# expect: 1
echo "$out" | grep -c 'stdin:5 loop'
# expect: 1
exit 0
