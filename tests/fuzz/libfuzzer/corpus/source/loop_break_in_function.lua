-- break outside a loop is a syntax error; return inside loops works.
print(loadstring("break")) -- expect: nil	[string "break"]:1: no loop to break near '<eof>'
print(loadstring("if true then break end")) -- expect: nil	[string "if true then break end"]:1: no loop to break near 'end'
local function find(t, x)
  for i = 1, #t do
    if t[i] == x then return i end
  end
  return nil
end
print(find({5, 6, 7}, 6), find({5}, 9)) -- expect: 2	nil
local function first_even(t)
  for _, v in ipairs(t) do
    while true do
      if v % 2 == 0 then return v end
      break
    end
  end
end
print(first_even({1, 3, 8, 10})) -- expect: 8
