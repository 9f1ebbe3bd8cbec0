# APOGEE_PERFMAP=1: each trace's machine code is named in /tmp/perf-PID.map (the file perf
# reads for code no ELF file holds): one line per trace, "address size TRACE_n_where", the
# address and size in hex, none overlapping another.
APOGEE_PERFMAP=1 "$LUA" -Ohotloop=2,hotexit=2 -e '
local s = 0
for i = 1, 300 do if i % 3 == 0 then s = s + i else s = s - 1 end end
print(s)
local path = "/tmp/perf-" .. io.open("/proc/self/stat"):read("*n") .. ".map"
local f = assert(io.open(path))
local lines, root, side, spans = 0, 0, 0, {}
for l in f:lines() do
  lines = lines + 1
  local a, n, name = l:match("^(%x+) (%x+) (TRACE_.+)$")
  if a then
    spans[#spans + 1] = { tonumber(a, 16), tonumber(n, 16) }
    if name == "TRACE_1_(command line):3" then root = root + 1 end
    if name:match("^TRACE_%d+_%(%d+/%d+%)_%(command line%):3$") then side = side + 1 end
  end
end
f:close()
os.remove(path)
table.sort(spans, function(x, y) return x[1] < y[1] end)
local ok = #spans == lines and #spans >= 2
for k = 1, #spans do
  if spans[k][2] <= 0 or (k > 1 and spans[k][1] < spans[k - 1][1] + spans[k - 1][2]) then ok = false end
end
print(root, side >= 1, ok)'
# expect: 14950
# expect: 1	true	true
# Without the variable, no file.
"$LUA" -Ohotloop=2 -e 'for i = 1, 100 do end local p = "/tmp/perf-" .. io.open("/proc/self/stat"):read("*n") .. ".map" print(io.open(p) == nil)'
# expect: true
exit 0
