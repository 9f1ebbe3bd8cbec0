# A recursive call's link enters the callee's function trace past its guard of the closure:
# in fib's trace (which guards its closure first, SLOAD #-1 and EQ), the link's jmp goes to
# the instruction after that guard's jne, not to the trace's first instruction.
prog='local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end print(fib(24))'
# (-Orecunroll=1: the trace links to itself at the first recursive call.)
"$LUA" -e "$prog"
# expect: 46368
out=$("$LUA" -jdump=m -Orecunroll=1 -e "$prog" 2>&1 >/dev/null)
# Trace 1's bytes, then: the jne of the guard ends at offset 0x1f (the load, two shifts, the
# constant, the compare); the link jumps there.
bytes=$(echo "$out" | sed -n '/TRACE 1 mcode/,/TRACE 1 stop/p' | grep '^[0-9a-f]' | cut -c15- | tr -s ' \n' ' ')
printf "$(echo "$bytes" | sed 's/ //g; s/\([0-9a-f][0-9a-f]\)/\\x\1/g')" > "${TMPDIR:-/tmp}/fnskip.$$.bin"
objdump -D -b binary -mi386:x86-64 "${TMPDIR:-/tmp}/fnskip.$$.bin" | grep -c 'jmp    0x1f$'
# expect: 1
objdump -D -b binary -mi386:x86-64 "${TMPDIR:-/tmp}/fnskip.$$.bin" | grep -c '^  *19:.*jne'
# expect: 1
rm -f "${TMPDIR:-/tmp}/fnskip.$$.bin"
exit 0
