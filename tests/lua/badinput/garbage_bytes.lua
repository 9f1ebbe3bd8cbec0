-- binary garbage passed to loadstring gives nil and a message, not a crash
local function check(src, name)
  local f, e = loadstring(src, name)
  return f, type(e)
end
print(check("\0\1\255", "=nul")) -- expect: nil	string
print(check("\255\254\253", "=bin")) -- expect: nil	string
print(check("\128\129", "=hi")) -- expect: nil	string
print(check("\27Lua", "=sig")) -- expect: nil	string
print(check("x = \1\2\3", "=ctl")) -- expect: nil	string
print(loadstring("x = \1", "=ctl")) -- expect: nil	ctl:1: unexpected symbol near 'char(1)'
print(loadstring("x = \127", "=del")) -- expect: nil	del:1: unexpected symbol near 'char(127)'
print(pcall(function() return 1 end)) -- expect: true	1
