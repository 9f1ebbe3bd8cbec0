# Snapshot purging (-Opurge) leaves the temporaries the bytecode overwrites before reading out
# of snapshots; then a number load that only one arithmetic instruction reads is that
# instruction's memory operand. The dot product's loop: the loaded a[i] and b[i] are
# temporaries, and with purging no snapshot after the multiply names b[i] (slot 8), which is
# what lets the multiply read it from memory. Results are the same either way. (The code's
# size is not compared: with legacy SSE encodings, APOGEE_JIT_NOVEX=1, a fused operand's
# longer addressing can outweigh the load it saves.)
f="${TMPDIR:-/tmp}/purge_fuse_$$.lua"
trap 'rm -f "$f"' EXIT
cat > "$f" <<'LUA'
local a, b = {}, {}
for i = 1, 200 do a[i] = i; b[i] = i % 7 end
local s = 0
for i = 1, 200 do s = s + a[i] * b[i] end
print(s)
LUA
"$LUA" -Ohotloop=56,hotexit=10 "$f"
# expect: 60104
"$LUA" -O-purge -Ohotloop=56,hotexit=10 "$f"
# expect: 60104
on=$("$LUA" -Ohotloop=56,hotexit=10 -jdump=i "$f" 2>&1)
off=$("$LUA" -O-purge -Ohotloop=56,hotexit=10 -jdump=i "$f" 2>&1)
# The loop trace (the second): its snapshots with slot 8, the multiply's second operand.
n8() { printf '%s\n' "$1" | awk '/TRACE 2 IR/,/TRACE 2 stop/' | grep -c 'SNAP.* 8=' ; }
echo "slot 8 in snapshots: purged $(n8 "$on"), kept $(n8 "$off")"
# expect: slot 8 in snapshots: purged 0, kept 2
exit 0
