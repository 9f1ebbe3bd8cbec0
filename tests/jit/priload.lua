-- Loads guarded to be nil, false or true compare the whole word (each is one word): fields
-- and upvalues that switch between them and other values exit where the type differs.
jit.opt.start("hotloop=1", "hotexit=1")
local vals = {nil, false, true, 0, "", false, nil, true}
local t = {}
local out = {}
for i = 1, 80 do
  local v = vals[i % 8 + 1]
  t.f = v
  local x = t.f
  if x == nil then out[#out + 1] = "n" elseif x == false then out[#out + 1] = "f"
  elseif x == true then out[#out + 1] = "t" else out[#out + 1] = type(x):sub(1, 1) end
end
print(table.concat(out))
local u = nil
local function get() return u end
local c = 0
for i = 1, 60 do
  if i % 10 == 0 then
    if u == nil then u = false elseif u == false then u = true else u = nil end
  end
  local g = get()
  if g == nil then c = c + 1 elseif g then c = c + 100 else c = c + 10000 end
end
print(c)

-- expect: ftnsfntnftnsfntnftnsfntnftnsfntnftnsfntnftnsfntnftnsfntnftnsfntnftnsfntnftnsfntn
-- expect: 202020
