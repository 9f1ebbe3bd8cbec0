# A while loop's counter that indexes a table (k = k + 1; t[k]) is recorded a second time with
# its slot loaded as an int (record.c rec_intphis, part of -Onarrow): the loop trace then carries
# an int PHI and converts nothing, where the first recording carried a double and converted it
# to an int (TOINT) at every index. -jv shows the first recording's abort, once.
f="${TMPDIR:-/tmp}/intcounter_$$.lua"
trap 'rm -f "$f"' EXIT
cat > "$f" <<'LUA'
local probs = { 0.1, 0.25, 0.5, 0.75, 1.0 }
local s = 0
for i = 1, 2000 do
  local r, k = (i % 100) / 100, 1
  while probs[k] < r do k = k + 1 end
  s = s + k
end
print(s)
LUA
"$LUA" -Ohotloop=56,hotexit=10 "$f"
# expect: 6720
"$LUA" -O-narrow -Ohotloop=56,hotexit=10 "$f"
# expect: 6720
on=$("$LUA" -Ohotloop=56,hotexit=10 -jdump=i "$f" 2>&1)
off=$("$LUA" -O-narrow -Ohotloop=56,hotexit=10 -jdump=i "$f" 2>&1)
t1() { printf '%s\n' "$1" | awk '/TRACE 1 IR/,/TRACE 1 stop/'; }
echo "ints: PHI $(t1 "$on" | grep -c 'int PHI'), TOINT $(t1 "$on" | grep -c TOINT), entry $(t1 "$on" | grep -c 'int SLOAD  #7 T I')"
# expect: ints: PHI 1, TOINT 0, entry 1
echo "doubles: PHI $(t1 "$off" | grep -c 'num PHI'), TOINT $(t1 "$off" | grep -c TOINT)"
# expect: doubles: PHI 1, TOINT 2
"$LUA" -Ohotloop=56,hotexit=10 -jv "$f" 2>&1 | grep -c 'int loop counters: recorded again'
# expect: 1
# A heap's sift-down: root = child, child = 2 * root (+ 1). With root loaded as an int, 2 * root
# is the int added to itself (ADDOV) and the loop's PHI an int; without, a double converted at
# each index. The recording made at the loop's next iteration may leave the loop (a call that
# returns at once): it is made again then (record.c rec_stop).
cat > "$f" <<'LUA'
local a, n = {}, 3000
for i = 1, n do a[i] = (i * 7919) % 10007 end
local function siftdown(a, start, stop)
  local root = start
  while true do
    local child = 2 * root
    if child > stop then return end
    if child < stop and a[child] < a[child + 1] then child = child + 1 end
    if a[root] < a[child] then
      a[root], a[child] = a[child], a[root]
      root = child
    else
      return
    end
  end
end
for start = math.floor(n / 2), 1, -1 do siftdown(a, start, n) end
for stop = n, 2, -1 do a[1], a[stop] = a[stop], a[1]; siftdown(a, 1, stop - 1) end
local ok = true
for i = 2, n do if a[i - 1] > a[i] then ok = false end end
print(ok, a[1], a[n])
LUA
"$LUA" -Ohotloop=56,hotexit=10 "$f"
# expect: true	7	10006
on=$("$LUA" -Ohotloop=56,hotexit=10 -jdump=i "$f" 2>&1)
loopt() { printf '%s\n' "$1" | awk '/TRACE [0-9]+ start .*:6$/ {on=1} on && /stop/ {print; exit} on'; }
echo "heap: $(loopt "$on" | grep -c 'stop loop') loop, PHI $(loopt "$on" | grep -c 'int PHI'), TOINT $(loopt "$on" | grep -c TOINT)"
# expect: heap: 1 loop, PHI 1, TOINT 0
exit 0
