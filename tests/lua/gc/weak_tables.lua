-- weak keys, weak values and both; strings are values, never collected from weak tables
local wk = setmetatable({}, {__mode = "k"})
local wv = setmetatable({}, {__mode = "v"})
local wkv = setmetatable({}, {__mode = "kv"})
local keep = {}
do
  local k1, k2 = {}, {}
  wk[k1] = "dies"; wk[keep] = "lives"; wk["str"] = {}
  wv[1] = {}; wv[2] = keep; wv[3] = "string"; wv[4] = 42
  wkv[k2] = keep; wkv[keep] = k2; wkv.x = "y"
end
collectgarbage()
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
print(count(wk), wk[keep], type(wk.str)) -- expect: 2	lives	table
print(wv[1], wv[2] == keep, wv[3], wv[4]) -- expect: nil	true	string	42
print(count(wkv), wkv.x) -- expect: 1	y
