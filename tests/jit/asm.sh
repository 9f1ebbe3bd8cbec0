#!/usr/bin/env bash
# The trace compiler's x86-64 assembler (src/jit/x64/asm.c) against GNU as, form by form:
# tests/jit/asm_forms.c emits every form through asm.h next to its Intel-syntax text; the text is
# assembled with `as --64`, cut into forms at the labels F0, F1, ... (nm), and each form's bytes
# must be identical to ours. Needs a C compiler ($CC, default cc) and binutils (as, objcopy, nm,
# objdump); a missing tool is a failure, not a skip. The VM ($LUA) is not used.
#
# When forms are added to asm_forms.c, update the count below.
# expect: asm: 5545 forms match GNU as
set -u
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cc=${CC:-cc}

for tool in "$cc" as objcopy nm objdump; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "asm: $tool not found (the assembler test needs a C compiler and binutils)"
        exit 1
    fi
done

tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT

if ! "$cc" -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O0 -I"$root/src/jit/x64" \
        -o "$tmp/forms" "$root/tests/jit/asm_forms.c" "$root/src/jit/x64/asm.c" \
        >"$tmp/cc.out" 2>&1; then
    echo "asm: asm_forms.c / asm.c do not compile"
    head -n 30 "$tmp/cc.out"
    exit 1
fi
if ! "$tmp/forms" "$tmp/ours.txt" "$tmp/forms.s"; then
    echo "asm: asm_forms failed"
    exit 1
fi
if ! as --64 -o "$tmp/forms.o" "$tmp/forms.s" >"$tmp/as.out" 2>&1 || [ -s "$tmp/as.out" ]; then
    echo "asm: GNU as rejects (or warns about) the form text"
    head -n 30 "$tmp/as.out"
    exit 1
fi
# Every target is a label in the same section: as must resolve them all itself.
if objdump -r "$tmp/forms.o" | grep -q 'RELOCATION RECORDS'; then
    echo "asm: the assembled forms contain relocations"
    objdump -r "$tmp/forms.o" | head -n 20
    exit 1
fi
if ! objcopy -O binary -j .text "$tmp/forms.o" "$tmp/as.bin"; then
    echo "asm: objcopy failed"
    exit 1
fi
nm "$tmp/forms.o" | awk '$3 ~ /^F[0-9]+$/ { print substr($3, 2), $1 }' > "$tmp/labels"
od -An -v -tx1 "$tmp/as.bin" | tr -s ' \n' '\n\n' | grep -v '^$' > "$tmp/as.bytes"

# Compare: labels (index, hex offset), as's bytes (one per line), our forms.
awk -F '\t' -v labels="$tmp/labels" -v bytes="$tmp/as.bytes" '
    function hexval(s,    i, v) {
        v = 0
        s = tolower(s)
        for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
        return v
    }
    function spaced(h,    i, r) {
        r = ""
        for (i = 1; i <= length(h); i += 2) r = r (i > 1 ? " " : "") substr(h, i, 2)
        return r
    }
    BEGIN {
        while ((getline line < labels) > 0) { split(line, f, " "); off[f[1]] = hexval(f[2]) }
        nb = 0
        while ((getline line < bytes) > 0) b[nb++] = line
        n = 0; bad = 0
    }
    {
        n++
        i = $1
        if (!(i in off) || !((i + 1) in off)) {
            print "form " i ": no label in the assembled output (" $3 ")"
            bad++
            next
        }
        want = ""
        for (k = off[i]; k < off[i + 1]; k++) want = want b[k]
        if (want != $2) {
            bad++
            if (bad <= 40) {
                print "form " i ": " $3
                print "    call:    " $4
                print "    GNU as:  " spaced(want)
                print "    ours:    " spaced($2)
            }
        }
    }
    END {
        if (n == 0) { print "asm: no forms"; exit 1 }
        if (bad > 0) {
            if (bad > 40) print "... and " (bad - 40) " more"
            print "asm: " bad " of " n " forms differ from GNU as"
            exit 1
        }
        print "asm: " n " forms match GNU as"
    }
' "$tmp/ours.txt"
