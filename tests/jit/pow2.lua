-- x ^ 2 in a trace is pow(x, 2), as in the interpreter, not x * x: the two differ in the last
-- bit for some x (found by the differential fuzzer, seed 5338915).
jit.opt.start("hotloop=1", "hotexit=1")
local out = {}
local n2 = -3.14159
for c4 = 1, 3 do
  local c5 = 0
  while c5 < 3 do c5 = c5 + 1; n2 = n2 ^ 2; out[#out + 1] = string.format("%.17g", n2) end
end
print(table.concat(out, " "))
local s = {}
for i = 1, 40 do local x = 1.1 ^ i * 1e10 + i / 3; s[#s + 1] = string.format("%.17g", x ^ 2) end
print(table.concat(s, " ", 1, 6))
print(table.concat(s, " ", 35, 40))

-- expect: 9.8695877280999991 97.408761922662094 9488.466899305864 90031004.099223033 8105581699114315 6.5700454681016903e+31 4.3165497452923561e+63 1.8632601703583505e+127 3.4717384624438292e+254
-- expect: 1.2100000000733335e+20 1.4641000001613336e+20 1.7715610002662012e+20 2.1435888103904281e+20 2.5937424606368383e+20 3.1384283774296274e+20
-- expect: 7.8974695686501632e+22 9.5559381780151749e+22 1.1562685195339419e+23 1.399084908629338e+23 1.6928927394338183e+23 2.0484002147061705e+23
