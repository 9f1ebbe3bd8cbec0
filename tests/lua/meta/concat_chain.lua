-- concatenation is right associative; metamethod sees partial results
local mt = {}
mt.__concat = function(a, b)
  if type(a) == "table" then a = "[" .. a.v .. "]" end
  if type(b) == "table" then b = "[" .. b.v .. "]" end
  return a .. b
end
local x = setmetatable({v = "x"}, mt)
local y = setmetatable({v = "y"}, mt)
print("1" .. x .. "2" .. y .. "3") -- expect: 1[x]2[y]3
print(x .. y) -- expect: [x][y]
print(1 .. 2 .. x) -- expect: 12[x]
