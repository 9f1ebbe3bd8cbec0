# Scratch registers reused (-Oreuse, lower.c sc_keeps): in a loop with more tables live than
# there are registers, a spilled table read by several instructions in a row is loaded from
# its spill slot into a scratch register once, not by each of them. The machine code of the
# loop's trace loads from spill slots into r10/r11 fewer times than with -O-reuse, and both
# compute what PUC Lua does.
f="${TMPDIR:-/tmp}/reuse_$$.lua"
b="${TMPDIR:-/tmp}/reuse_$$.bin"
trap 'rm -f "$f" "$b"' EXIT
cat > "$f" <<'LUA'
local objs = {}
for i = 1, 16 do objs[i] = { v = i, w = i * 2, x = i * 3 } end
local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16 = objs[1], objs[2], objs[3], objs[4], objs[5], objs[6], objs[7], objs[8], objs[9], objs[10], objs[11], objs[12], objs[13], objs[14], objs[15], objs[16]
local s = 0
for i = 1, 300 do
  a1.v = a1.v + a1.w + a1.x
  a2.v = a2.v + a2.w + a2.x
  a3.v = a3.v + a3.w + a3.x
  a4.v = a4.v + a4.w + a4.x
  a5.v = a5.v + a5.w + a5.x
  a6.v = a6.v + a6.w + a6.x
  a7.v = a7.v + a7.w + a7.x
  a8.v = a8.v + a8.w + a8.x
  a9.v = a9.v + a9.w + a9.x
  a10.v = a10.v + a10.w + a10.x
  a11.v = a11.v + a11.w + a11.x
  a12.v = a12.v + a12.w + a12.x
  a13.v = a13.v + a13.w + a13.x
  a14.v = a14.v + a14.w + a14.x
  a15.v = a15.v + a15.w + a15.x
  a16.v = a16.v + a16.w + a16.x
  s = s + a1.v + a2.v + a3.v + a4.v + a5.v + a6.v + a7.v + a8.v + a9.v + a10.v + a11.v + a12.v + a13.v + a14.v + a15.v + a16.v
end
print(s)
LUA
"$LUA" "$f"
# expect: 30742800
"$LUA" -O-reuse "$f"
# expect: 30742800
APOGEE_HOTLOOP=1 "$LUA" "$f"
# expect: 30742800
reloads() {
  bytes=$("$LUA" -Ohotloop=56,hotexit=10 $1 -jdump=m "$f" 2>&1 >/dev/null | sed -n '/TRACE 1 mcode/,/TRACE 1 stop/p' |
          grep '^[0-9a-f]' | cut -c15- | tr -s ' \n' ' ')
  printf "$(echo "$bytes" | sed 's/ //g; s/\([0-9a-f][0-9a-f]\)/\\x\1/g')" > "$b"
  objdump -D -b binary -mi386:x86-64 "$b" | grep -c '(%rsp),%r1[01]$'
}
on=$(reloads -Oreuse)
off=$(reloads -O-reuse)
echo "reloads: $([ "$off" -gt 0 ] && echo spilled), $([ "$on" -lt "$off" ] && echo fewer)"
# expect: reloads: spilled, fewer
exit 0
