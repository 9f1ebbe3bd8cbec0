-- one million short-lived tables, strings and closures run in bounded memory
local peak = 0
for i = 1, 1000000 do
  local t = {i, i + 1}
  local s = "s" .. i
  local f = function() return t, s end
  if i % 50000 == 0 then
    local kb = collectgarbage("count")
    if kb > peak then peak = kb end
  end
end
print(peak < 8192) -- expect: true
