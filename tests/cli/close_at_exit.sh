# At exit the command-line program closes its state without freeing the heap object by object
# (apogee_closeforexit), unless APOGEE_FULLCLOSE is set: either way the finalizers run as
# lua_close runs them (after the script's output), a file left open is flushed and closed, an
# error's exit status stays, and the collector's statistics (APOGEE_GCSTATS) are printed.
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/fin.lua" <<'LUA'
local p = newproxy(true)
getmetatable(p).__gc = function() io.write("finalized\n") end
_G.keep = p
local f = io.open(arg[1], "w")
f:write("buffered, never closed\n")
local big = {}
for i = 1, 200000 do big[i] = { i, tostring(i) } end
io.write("script done ", #big, "\n")
LUA
for mode in fast full; do
  if [ $mode = full ]; then export APOGEE_FULLCLOSE=1; fi
  $LUA "$tmp/fin.lua" "$tmp/out.txt"
  echo "$mode rc=$? file=$(cat "$tmp/out.txt")"
done
unset APOGEE_FULLCLOSE
$LUA -e "local p = newproxy(true) getmetatable(p).__gc = function() print('fin') end _G.k = p error('boom')" 2>/dev/null
echo "error rc=$?"
APOGEE_GCSTATS=1 $LUA -e "x = 1" 2>&1 | grep -c "collector steps"
# expect: script done 200000
# expect: finalized
# expect: fast rc=0 file=buffered, never closed
# expect: script done 200000
# expect: finalized
# expect: full rc=0 file=buffered, never closed
# expect: fin
# expect: error rc=1
# expect: 1
exit 0
