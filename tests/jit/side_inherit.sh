# A side trace takes the slots its parent loaded (with a check) and left alone from the parent's
# registers at the exit, without a load or a check (lower.c, parent_ref; "P" in the dump): here
# t and k (slots 0 and 1), which the exit's snapshot does not hold. side_typed.lua checks the
# results of such traces.
prog='local function sum(t, k, s)
  local acc = 0
  for i = 1, 300 do
    local v = t[i % #t + 1]
    if v > k then acc = acc + v * s else acc = acc - 1 end
  end
  return acc
end
print(sum({ 1, 5, 9, 2, 7 }, 4, 2), sum({ 3, 8 }, 5, 0.5))'
out=$("$LUA" -jdump=i -Ohotloop=1 -Ohotexit=1 -e "$prog" 2>&1)
echo "$out" | grep -v '^\(----\|\.\.\.\.\|[0-9]\{4\} \|$\)'
# expect: 2400	450
side=$(echo "$out" | awk '/TRACE 2 IR/,/TRACE 2 stop/')
echo "$side" | grep -c 'SLOAD  #[0-2] P$'
# expect: 2
echo "$side" | grep -c 'SLOAD  #[0-2] T'
# expect: 0
exit 0
