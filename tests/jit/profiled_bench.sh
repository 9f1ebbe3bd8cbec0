# Every benchmark at its quick size under the profiler (a tick every millisecond: compiled
# loops leave through their interrupt exits, patched back edges and links among them, and
# are entered again), with every loop compiled at once and without: the checksums PUC Lua
# prints (bench/expected.txt).
cd bench || exit 1
bad=0
for hot in 56 1; do
  for b in $(awk '!/^#/ && NF {print $1}' sizes.txt); do
    q=$(awk -v b="$b" '$1 == b {print $3}' sizes.txt)
    want=$(awk -v b="$b" -v q="$q" '$1 == b && $2 == q {sub(/^[^ ]+ [^ ]+ /, ""); print}' expected.txt)
    got=$(APOGEE_HOTLOOP=$hot APOGEE_HOTEXIT=$hot "$LUA" -jp=fi1,/dev/null "$b.lua" "$q" 2>/dev/null)
    if [ "$got" != "$want" ]; then echo "$b (hotloop $hot): got [$got], want [$want]"; bad=$((bad + 1)); fi
  done
done
echo "mismatches: $bad"
# expect: mismatches: 0
exit 0
