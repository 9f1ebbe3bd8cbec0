# The limit options: listed by -h, bad values refused (exit 1, with a message), and they apply
# to -e, LUA_INIT and the script alike.
$LUA -h | grep -c -e '--max-memory=SIZE' -e '--max-instructions=N' -e '--timeout=SECONDS'
for bad in --max-memory= --max-memory=12X --max-memory=-5 --max-instructions=0 \
           --max-instructions=ten --timeout=0 --timeout=soon --max-bogus=1; do
  out=$($LUA $bad -e 'print("ran")' 2>&1)
  st=$?
  echo "$out" | head -n 1
  echo "exit $st"
done
LUA_INIT='while true do end' $LUA --max-instructions=1000 -e 'print("not reached")' 2>&1 | head -n 1
$LUA --max-instructions=1000 --timeout=5 --max-memory=10M -e 'print("all three")'
# expect: 3
# expect: apogee: bad memory size in '--max-memory=' (bytes, or a number with K, M or G)
# expect: exit 1
# expect: apogee: bad memory size in '--max-memory=12X' (bytes, or a number with K, M or G)
# expect: exit 1
# expect: apogee: bad memory size in '--max-memory=-5' (bytes, or a number with K, M or G)
# expect: exit 1
# expect: apogee: bad instruction count in '--max-instructions=0'
# expect: exit 1
# expect: apogee: bad instruction count in '--max-instructions=ten'
# expect: exit 1
# expect: apogee: bad number of seconds in '--timeout=0'
# expect: exit 1
# expect: apogee: bad number of seconds in '--timeout=soon'
# expect: exit 1
# expect: apogee: unrecognized option '--max-bogus=1'
# expect: exit 1
# expect: apogee: LUA_INIT:1: instruction limit exceeded
# expect: all three
