-- patterns: Lua pattern matching -- gsub with function and string replacements, find
-- (pattern and plain), match with captures and gmatch over generated text.
-- Usage: patterns.lua [rounds]   prints match counts and a checksum.
local rounds = tonumber(arg and arg[1]) or 180

local seed = 31337
local function rand(m)
  seed = (16807 * seed) % 2147483647
  return seed % m
end

-- a deterministic "log file"
local words = { "error", "warning", "info", "debug", "request", "user", "timeout",
                "connect", "disk", "cache", "hit", "miss" }
local lines = {}
for i = 1, 1000 do
  local w1, w2 = words[rand(#words) + 1], words[rand(#words) + 1]
  lines[i] = string.format("2024-%02d-%02d %02d:%02d:%02d [%s] %s id=%d from 10.%d.%d.%d took %dms",
    rand(12) + 1, rand(28) + 1, rand(24), rand(60), rand(60), w1, w2, rand(100000),
    rand(256), rand(256), rand(256), rand(5000))
end
local text = table.concat(lines, "\n")

local counts = { words = 0, errors = 0, ips = 0, slow = 0, plain = 0, replaced = 0 }
local check = 0
for r = 1, rounds do
  for _ in text:gmatch("%a+") do counts.words = counts.words + 1 end
  local pos = 1
  while true do
    local s, e = text:find("[error]", pos, true)
    if not s then break end
    counts.plain = counts.plain + 1
    pos = e + 1
  end
  for a, b, c, d in text:gmatch("(%d+)%.(%d+)%.(%d+)%.(%d+)") do
    counts.ips = counts.ips + 1
    check = (check + tonumber(b) + tonumber(d)) % 1000000007
  end
  for ms in text:gmatch("took (%d+)ms") do
    if tonumber(ms) > 4000 then counts.slow = counts.slow + 1 end
  end
  local out, k = text:gsub("%[(%a+)%]", "<%1>")
  counts.replaced = counts.replaced + k
  local upper = out:gsub("id=(%d+)", function(id) return "ID" .. (#id + r % 3) end)
  check = (check + #upper) % 1000000007
  local y, mo, d = lines[r % #lines + 1]:match("^(%d+)-(%d+)-(%d+)")
  check = (check + y + mo * 31 + d) % 1000000007
  if text:find("^2024") then counts.errors = counts.errors + 1 end
end
print(string.format("%d %d %d %d %d %d %.0f", counts.words, counts.plain, counts.ips,
                    counts.slow, counts.replaced, counts.errors, check))
