-- 100,000 distinct string and number constants in one table constructor (issue 13): PUC Lua
-- and LuaJIT load such generated data files; the constants past 65,536 are loaded by KWIDE.
local parts = {}
for i = 1, 50000 do
  parts[#parts + 1] = ("'a%d', %d.5"):format(i, i)
end
local t = assert(loadstring("return {" .. table.concat(parts, ", ") .. "}"))()
local n, sum, len = #t, 0, 0
for i = 2, n, 2 do sum = sum + t[i] end
for i = 1, n, 2 do len = len + #t[i] end
print(n, t[1], t[2], t[99999], t[100000]) -- expect: 100000	a1	1.5	a50000	50000.5
print(sum, len) -- expect: 1250050000	288894
