-- more than 60 upvalues in one function
local decl, use = "", ""
for i = 1, 61 do
  decl = decl .. "local u" .. i .. " = " .. i .. "\n"
  use = use .. "u" .. i .. " = 0\n"
end
local src = decl .. "return function()\n" .. use .. "end"
print(loadstring(src, "=upvals")) -- expect: nil	upvals:123: function at line 62 has more than 60 upvalues
decl, use = "", ""
for i = 1, 60 do
  decl = decl .. "local u" .. i .. " = " .. i .. "\n"
  use = use .. "u" .. i .. " = 0\n"
end
print(type(loadstring(decl .. "return function()\n" .. use .. "end"))) -- expect: function
