# A while loop's root recording that returns from the loop's body in its own frame (a search
# loop that found its key) starts again at the loop's next iteration (record.c rec_leftloop,
# `loop left`), on one that comes round: the root trace is a loop (with its counter an int),
# not a trace that returns (`-> return`) whose every other iteration leaves it by an exit.
# With -Ohotloop=52 the loop gets hot on the iteration that returns.
f="${TMPDIR:-/tmp}/loopreturn_$$.lua"
trap 'rm -f "$f"' EXIT
cat > "$f" <<'LUA'
local t = {}
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
print(s)
LUA
"$LUA" -Ohotloop=52,hotexit=10 "$f"
# expect: 750
"$LUA" -Ohotloop=52,hotexit=10 -jv "$f" 2>&1 | grep -c 'ret.lua:6 -> return\|_[0-9]*\.lua:6 -> return'
# expect: 0
d=$("$LUA" -Ohotloop=52,hotexit=10 -jdump=i "$f" 2>&1 | awk '/TRACE 2 IR/,/TRACE 2 stop/')
echo "int PHI $(printf '%s\n' "$d" | grep -c 'int PHI'), $(printf '%s\n' "$d" | grep -o 'stop .*')"
# expect: int PHI 1, stop loop
exit 0
