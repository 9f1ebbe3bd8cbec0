# Loops whose root trace meets something it used to abort on until blacklisted: a loop that
# returns from its function (the trace ends "-> return"; other iterations exit from it and
# side traces close the loop), an outer loop whose inner loop never gets a trace (aborts,
# then on the last try before blacklisting the trace ends "-> interpreter" before it), or has
# one (the trace links to it). Results as the interpreter's.
prog='local function find(t, x)
  local i = 1
  while true do
    if t[i] == x then return i end
    i = i + 1
  end
end
local t = {}
for i = 1, 50 do t[i] = i * 3 end
local s = 0
for r = 1, 300 do s = s + find(t, (r % 50 + 1) * 3) end
print(s)
local n = 0
for r = 1, 200 do
  local k = r % 3
  repeat
    for j = 1, k do n = n + j end
    k = k - 1
  until k < 0
end
print(n)
local m = 0
for r = 1, 100 do for j = 1, 30 do m = m + j end end
print(m)'
out=$("$LUA" -jv -Ohotloop=2,hotexit=2 -e "$prog" 2>&1)
echo "$out" | grep -v TRACE
# expect: 7650
# expect: 335
# expect: 46500
echo "$out" | grep -c 'return from the trace.s frame\|blacklisted'
# expect: 0
"$LUA" -joff -e "$prog"
# expect: 7650
# expect: 335
# expect: 46500
# The root recording of a while loop that returns from the loop's body in its own frame (a
# search that found its key) starts again at the loop's next iteration (record.c rec_leftloop,
# `loop left`), on one that comes round: the root trace is a loop (its counter an int), not a
# trace that returns. With -Ohotloop=52 the loop gets hot on an iteration that returns (each
# call goes round four times at most).
prog='local t = {}
for i = 1, 64 do t[i] = i * 3 end
local function find(x)
  local k = 1
  while true do
    if t[k] == x then return k end
    k = k + 1
  end
end
local s = 0
for n = 1, 300 do s = s + find(3 * (n % 4 + 1)) end
print(s)'
"$LUA" -Ohotloop=52,hotexit=10 -e "$prog"
# expect: 750
d=$("$LUA" -Ohotloop=52,hotexit=10 -jdump=i -e "$prog" 2>&1 | awk '/TRACE 2 IR/,/TRACE 2 stop/')
echo "int PHI $(printf '%s\n' "$d" | grep -c 'int PHI'), $(printf '%s\n' "$d" | grep -o 'stop .*')"
# expect: int PHI 1, stop loop
exit 0
