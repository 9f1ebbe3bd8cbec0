# A metamethod proven absent (here __newindex, for a store into a field holding nil) is one
# test of the metatable's cached-absence bit (HABSK), not a lookup of the metamethod's name in
# the metatable (HREF, then a nil check). tests/jit/mmabs.lua runs the cases where the bit is
# clear or the metamethod appears.
f="${TMPDIR:-/tmp}/mmabs_$$.lua"
trap 'rm -f "$f"' EXIT
cat > "$f" <<'LUA'
local C = {}
C.__index = C
function C:get() return self.x end
local objs = {}
for i = 1, 10 do objs[i] = setmetatable({ x = i }, C) end
local s = 0
for i = 1, 500 do
  local o = objs[i % 10 + 1]
  o.z = nil
  s = s + o:get() + (o.w or 0)
end
print(s)
LUA
"$LUA" -Ohotloop=56,hotexit=10 "$f"
# expect: 2750
d=$("$LUA" -Ohotloop=56,hotexit=10 -jdump=i "$f" 2>&1 | awk '/TRACE 1 IR/,/TRACE 1 stop/')
# (C has an __index, C itself: the missing w is looked up in C, which has no metatable.)
echo "HABSK __newindex $(printf '%s\n' "$d" | grep -c 'HABSK.*"__newindex"'), HREF of a metamethod $(printf '%s\n' "$d" | grep -c 'HREF .*"__')"
# expect: HABSK __newindex 1, HREF of a metamethod 0
exit 0
