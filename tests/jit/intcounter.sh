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
exit 0
