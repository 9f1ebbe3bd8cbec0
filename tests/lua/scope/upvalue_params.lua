-- Parameters can be captured like other locals.
local function adder(n)
  return function(x) return x + n end
end
local add5 = adder(5)
print(add5(1), add5(10)) -- expect: 6	15
local function acc(total)
  return function(x) total = total + x; return total end
end
local a = acc(100)
a(1)
print(a(2)) -- expect: 103
local function pair(x, y) return function() return x, y end end
print(pair("p", "q")()) -- expect: p	q
