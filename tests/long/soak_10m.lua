-- 10 million short-lived tables, strings and closures: peak RSS stays under 64 MiB.
-- The peak (VmHWM) is printed to stderr for the record.
local function peak_kb()
  local f = io.open("/proc/self/status")
  if not f then return 0 end
  local s = f:read("*a")
  f:close()
  return tonumber(s:match("VmHWM:%s*(%d+)")) or 0
end
local keep = {}
for i = 1, 10000000 do
  local t = {i}
  local s = "s" .. i
  local f = function() return t, s end
  if i % 1000000 == 0 then keep[#keep + 1] = f end
end
local kb = peak_kb()
io.stderr:write(string.format("peak RSS: %.1f MiB\n", kb / 1024))
print(#keep, kb > 0 and kb < 64 * 1024) -- expect: 10	true
