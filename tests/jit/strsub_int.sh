# string.sub(s, i, i + k - 1) with k a double (a parameter) in a loop: the end position is
# computed on INTs (narrowed, with overflow guards: ADDOV) and the positions go to the helper
# as INTs (a CARG of INT operands); the double sum is left only for snapshots.
prog='local s = string.rep("ACGT", 50)
local function f(str, k) local n = 0 for i = 1, #str - k + 1 do if str:sub(i, i + k - 1) == "GTA" then n = n + 1 end end return n end
print(f(s, 3))'
"$LUA" -jdump=i -Ohotloop=5 -e "$prog" 2>&1 | awk '/TRACE 1 IR/,/TRACE 1 stop/' | grep -c 'int ADDOV'
# expect: 2
"$LUA" -jdump=i -Ohotloop=5 -e "$prog" 2>&1 | awk '/TRACE 1 IR/,/TRACE 1 stop/' | grep -c 'STRSUB'
# expect: 2
"$LUA" -e "$prog"
# expect: 49
exit 0
