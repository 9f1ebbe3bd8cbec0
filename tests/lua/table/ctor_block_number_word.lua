-- Table constructors of more than 12,750 items (the SETLIST block number is in a data word):
-- code emitted right after them must not take that word for an instruction.
local function items(n)
  local p = {}
  for i = 1, n do p[i] = tostring(i) end
  return table.concat(p, ",")
end
-- a nil load right after (the block number 261 looked like a KNIL)
local f = assert(loadstring("local t = {" .. items(13001) .. "}; local x, y; return #t, t[13001], x, y"))
print(f()) -- expect: 13001	13001	nil	nil
-- a jump after a constructor whose block number (296) looked like a test-and-copy
f = assert(loadstring("local c = ...; local t; if c then t = {" .. items(14751) .. "} else t = {} end; return #t, t[14751]"))
print(f(true)) -- expect: 14751	14751
print(f(false)) -- expect: 0	nil
-- and through string.dump
print(loadstring(string.dump(f))(true)) -- expect: 14751	14751
