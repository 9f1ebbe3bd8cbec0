# A loop over t[x - 1], t[x], t[x + 1] storing into another table (life's neighbour count):
# the slot t[x + 1] loaded in one iteration is t[x] of the next, carried as a number (a PHI)
# since a store to out[x] cannot reach up[x + 1]; no slot address is carried from one
# iteration to the next (each is computed again, a load's addressing mode).
prog='local n = 60
local up, out = {}, {}
for i = 1, n do up[i] = i % 5; out[i] = 0 end
for x = 2, n - 1 do
  out[x] = up[x - 1] + up[x] + up[x + 1]
end
print(out[10])'
"$LUA" -jdump=i -Ohotloop=5 -e "$prog" 2>&1 | awk '/TRACE [0-9]* start [(]command line[)]:4$/,/stop/' | grep -c 'num PHI'
# expect: 1
"$LUA" -jdump=i -Ohotloop=5 -e "$prog" 2>&1 | awk '/TRACE [0-9]* start [(]command line[)]:4$/,/stop/' | grep -c 'ptr PHI'
# expect: 0
"$LUA" -jdump=i -Ohotloop=5 -e "$prog" 2>&1 | awk '/TRACE [0-9]* start [(]command line[)]:4$/,/stop/' | sed -n '/LOOP/,$p' | grep -c 'ALOAD'
# expect: 2
"$LUA" -Ohotloop=5 -e "$prog"
# expect: 5
exit 0
