-- json: a pure-Lua JSON encoder and decoder -- encode a generated document, decode it,
-- re-encode and compare (string scanning, string.byte/sub, escapes, buffers, recursion).
-- Usage: json.lua [rounds]   prints the document length and a checksum of the decoded data.
local rounds = tonumber(arg and arg[1]) or 110

---------------------------------------------------------------- encoder
local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
                  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
local function escape_char(c)
  return escapes[c] or string.format("\\u%04x", c:byte())
end

local ARRAY = {}   -- marker metatable for arrays (so empty arrays survive a round trip)

local encode_value
local function encode_into(v, buf)
  local tv = type(v)
  if tv == "string" then
    buf[#buf + 1] = '"' .. v:gsub('[%c"\\]', escape_char) .. '"'
  elseif tv == "number" then
    if v == math.floor(v) and v > -1e15 and v < 1e15 then
      buf[#buf + 1] = string.format("%.0f", v)
    else
      buf[#buf + 1] = string.format("%.6f", v)
    end
  elseif tv == "boolean" then
    buf[#buf + 1] = v and "true" or "false"
  elseif v == nil then
    buf[#buf + 1] = "null"
  elseif tv == "table" then
    if getmetatable(v) == ARRAY or #v > 0 then
      buf[#buf + 1] = "["
      for i = 1, #v do
        if i > 1 then buf[#buf + 1] = "," end
        encode_into(v[i], buf)
      end
      buf[#buf + 1] = "]"
    else
      -- objects: keys in sorted order, so the output never depends on pairs() order
      local keys = {}
      for k in pairs(v) do keys[#keys + 1] = k end
      table.sort(keys)
      buf[#buf + 1] = "{"
      for i, k in ipairs(keys) do
        if i > 1 then buf[#buf + 1] = "," end
        encode_into(k, buf)
        buf[#buf + 1] = ":"
        encode_into(v[k], buf)
      end
      buf[#buf + 1] = "}"
    end
  else
    error("cannot encode " .. tv)
  end
end
function encode_value(v)
  local buf = {}
  encode_into(v, buf)
  return table.concat(buf)
end

---------------------------------------------------------------- decoder
local decode_at
local byte, sub, find = string.byte, string.sub, string.find

local function skip_ws(s, i)
  return (find(s, "[^ \t\r\n]", i)) or #s + 1
end

local unescapes = { [98] = "\b", [102] = "\f", [110] = "\n", [114] = "\r", [116] = "\t",
                    [34] = '"', [92] = "\\", [47] = "/" }

local function decode_string(s, i)
  -- s:byte(i) is the opening quote
  local parts = {}
  local j = i + 1
  while true do
    local k = find(s, '["\\]', j)
    if not k then error("unterminated string at " .. i) end
    parts[#parts + 1] = sub(s, j, k - 1)
    if byte(s, k) == 34 then return table.concat(parts), k + 1 end
    local e = byte(s, k + 1)
    if e == 117 then
      local code = tonumber(sub(s, k + 2, k + 5), 16)
      if code > 127 then error("only ASCII \\u escapes are supported") end
      parts[#parts + 1] = string.char(code)
      j = k + 6
    else
      parts[#parts + 1] = unescapes[e] or error("bad escape at " .. k)
      j = k + 2
    end
  end
end

function decode_at(s, i)
  i = skip_ws(s, i)
  local c = byte(s, i)
  if c == 123 then -- {
    local obj = {}
    i = skip_ws(s, i + 1)
    if byte(s, i) == 125 then return obj, i + 1 end
    while true do
      local key
      key, i = decode_string(s, skip_ws(s, i))
      i = skip_ws(s, i)
      if byte(s, i) ~= 58 then error("expected ':' at " .. i) end
      obj[key], i = decode_at(s, i + 1)
      i = skip_ws(s, i)
      c = byte(s, i)
      if c == 125 then return obj, i + 1 end
      if c ~= 44 then error("expected ',' or '}' at " .. i) end
      i = i + 1
    end
  elseif c == 91 then -- [
    local arr = setmetatable({}, ARRAY)
    i = skip_ws(s, i + 1)
    if byte(s, i) == 93 then return arr, i + 1 end
    local n = 0
    while true do
      n = n + 1
      arr[n], i = decode_at(s, i)
      i = skip_ws(s, i)
      c = byte(s, i)
      if c == 93 then return arr, i + 1 end
      if c ~= 44 then error("expected ',' or ']' at " .. i) end
      i = i + 1
    end
  elseif c == 34 then
    return decode_string(s, i)
  elseif c == 116 and sub(s, i, i + 3) == "true" then return true, i + 4
  elseif c == 102 and sub(s, i, i + 4) == "false" then return false, i + 5
  elseif c == 110 and sub(s, i, i + 3) == "null" then return nil, i + 4
  else
    local a, b = find(s, "^-?%d+%.?%d*[eE]?[-+]?%d*", i)
    if not a then error("unexpected character at " .. i) end
    return tonumber(sub(s, a, b)), b + 1
  end
end

local function decode(s)
  local v, i = decode_at(s, 1)
  if skip_ws(s, i) <= #s then error("trailing garbage at " .. i) end
  return v
end

---------------------------------------------------------------- test document
local seed = 2718
local function rand(m)
  seed = (16807 * seed) % 2147483647
  return seed % m
end

local function make_doc(n)
  local users = setmetatable({}, ARRAY)
  for i = 1, n do
    local tags = setmetatable({}, ARRAY)
    for t = 1, rand(5) do tags[t] = "tag" .. rand(50) end
    users[i] = {
      id = i,
      name = "user \"" .. rand(100000) .. "\"\n\tline two",
      score = rand(1000000) / 1000 + 0.5,
      active = rand(2) == 1,
      tags = tags,
      address = { city = "City" .. rand(300), zip = string.format("%05d", rand(100000)),
                  geo = setmetatable({ rand(180) - 90.25, rand(360) - 180.75 }, ARRAY) },
      note = rand(3) == 0 and "ctrl\1char" or "plain/text",
    }
  end
  return { version = 3, generated = "bench", users = users, empty = setmetatable({}, ARRAY) }
end

local function walk(v, acc)
  local tv = type(v)
  if tv == "table" then
    -- visit in a fixed order: floating-point sums must not depend on pairs() order
    local keys = {}
    for k in pairs(v) do if type(k) == "string" then keys[#keys + 1] = k end end
    table.sort(keys)
    acc.keys = acc.keys + #keys + #v
    for _, x in ipairs(v) do walk(x, acc) end
    for _, k in ipairs(keys) do walk(v[k], acc) end
  elseif tv == "number" then
    acc.num = acc.num + v
  elseif tv == "string" then
    acc.str = acc.str + #v
  elseif v == true then
    acc.bools = acc.bools + 1
  end
end

local doc = make_doc(400)
local text = encode_value(doc)
local acc = { keys = 0, num = 0, str = 0, bools = 0 }
for _ = 1, rounds do
  local back = decode(text)
  local again = encode_value(back)
  if again ~= text then error("round trip mismatch") end
  walk(back, acc)
end
print(string.format("%d %d %.3f %d %d", #text, acc.keys, acc.num, acc.str, acc.bools))
