# A goto that leaves a captured local compiles to UCLO (close upvalues, then jump): -bl lists it
# with its target, and string.dump / load keep it (the verifier accepts it).
f=$(mktemp)
trap 'rm -f "$f"' EXIT
cat > "$f" <<'LUA'
local fs = {}
for i = 1, 2 do
  do
    local y = i
    fs[i] = function() return y end
    goto next
  end
  ::next::
end
print(fs[1](), fs[2]())
LUA
$LUA "$f"
# expect: 1	2
$LUA -bl "$f" | grep -c 'UCLO  *5  *1  *=> 0010'
# expect: 1
$LUA -e "local f = assert(loadfile('$f')) local g = assert(loadstring(string.dump(f), 'dumped', 'b')) g()"
# expect: 1	2
