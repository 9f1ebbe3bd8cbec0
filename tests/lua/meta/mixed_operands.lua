-- metamethods with numbers on either side
local mt = {}
for _, op in ipairs({"__add", "__sub", "__mul", "__div", "__mod", "__pow"}) do
  mt[op] = function(a, b)
    local l = type(a) == "number" and a or "T"
    local r = type(b) == "number" and b or "T"
    return op .. ":" .. l .. ":" .. r
  end
end
local t = setmetatable({}, mt)
print(1 + t) -- expect: __add:1:T
print(t - 2.5) -- expect: __sub:T:2.5
print(3 * t) -- expect: __mul:3:T
print(t / 4) -- expect: __div:T:4
print(5 % t) -- expect: __mod:5:T
print(t ^ 6) -- expect: __pow:T:6
