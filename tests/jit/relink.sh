# A side trace that returns from a function and stops before its caller's loop, "->
# interpreter" (that loop had no trace yet), is replaced once the loop gets its root trace:
# its parent's exit goes back to the exit handler, and the next side trace there links to the
# loop's trace ("-> 3") instead of going through the interpreter on every call.
cat > "${TMPDIR:-/tmp}/relink_$$.lua" <<'LUA'
local function inner(t, n)
  local s = 0
  for i = 1, n do s = s + t[i] end
  return s
end
local t = {}
for i = 1, 10 do t[i] = i end
local sum = 0
for k = 1, 20000 do sum = sum + inner(t, 10) end
print(sum)
LUA
f="${TMPDIR:-/tmp}/relink_$$.lua"
trap 'rm -f "$f"' EXIT
"$LUA" -jv -Ohotloop=56,hotexit=10 "$f" 2>&1 | sed 's#[^ ]*relink_[0-9]*[.]lua#relink.lua#'
# expect: [TRACE   1 relink.lua:3 loop]
# expect: [TRACE   2 (1/9) relink.lua:4 -> interpreter]
# expect: [TRACE   3 relink.lua:9 -> 1]
# expect: [TRACE   4 (1/9) relink.lua:4 -> 3]
# expect: 1100000
exit 0
