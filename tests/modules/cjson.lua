-- lua-cjson (Debian package lua-cjson), loaded from the default package.cpath: JSON encoding
-- and decoding of nested tables, round trips, and errors for invalid input.
-- requires: cjson
local cjson = require "cjson"
print(type(cjson), type(cjson.encode), type(cjson.decode), package.loaded.cjson == cjson)  -- expect: table	function	function	true

-- Deep comparison, so objects can be checked without depending on key order.
local function equal(a, b)
  if type(a) ~= type(b) then return false end
  if type(a) ~= "table" then return a == b end
  for k, v in pairs(a) do if not equal(v, b[k]) then return false end end
  for k in pairs(b) do if a[k] == nil then return false end end
  return true
end

-- Scalars and arrays encode deterministically.
print(cjson.encode(1), cjson.encode(-2.5), cjson.encode(1e20), cjson.encode(0.1))  -- expect: 1	-2.5	1e+20	0.1
print(cjson.encode("a\"b\\c\n\t/"), cjson.encode(true), cjson.encode(cjson.null))  -- expect: "a\"b\\c\n\t\/"	true	null
print(cjson.encode({1, 2, {3, {4, {}}}, "x"}))  -- expect: [1,2,[3,[4,{}]],"x"]
print(cjson.encode({a = {b = {c = {1, 2}}}}))  -- expect: {"a":{"b":{"c":[1,2]}}}
print(cjson.encode({[1] = "one", [2] = cjson.null, [3] = false}))  -- expect: ["one",null,false]
print(cjson.encode("\1\31\127é"))  -- expect: "\u0001\u001f\u007fé"

-- Decoding.
local t = cjson.decode('{"name":"apogee","list":[1,2.5,-3e2,true,false,null],"nested":{"deep":{"x":[[],{}]}},"esc":"\\u00e9\\n\\"q\\""}')
print(t.name, #t.list, t.list[1], t.list[2], t.list[3], t.list[4], t.list[5], t.list[6] == cjson.null)  -- expect: apogee	6	1	2.5	-300	true	false	true
print(type(t.nested.deep.x[1]), type(t.nested.deep.x[2]), next(t.nested.deep.x[1]))  -- expect: table	table	nil
print(t.esc)  -- expect: é
-- expect: "q"
print(cjson.decode("[]")[1], cjson.decode('"str"'), cjson.decode("12.5"), cjson.decode(" null ") == cjson.null)  -- expect: nil	str	12.5	true
print(cjson.decode('"\\ud83d\\ude00"') == "\240\159\152\128")  -- expect: true

-- Round trips through nested structures.
local doc = {
  id = 42, title = "round trip", tags = {"a", "b", "c"}, ratio = 0.75, ok = true,
  children = {{id = 1, children = {}}, {id = 2, children = {{id = 3, leaf = true}}}},
  text = "line1\nline2\t\"quoted\" \\ backslash / slash \0 zero",
  matrix = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
}
local s = cjson.encode(doc)
local back = cjson.decode(s)
print(equal(doc, back), equal(back, cjson.decode(cjson.encode(back))))  -- expect: true	true
print(back.children[2].children[1].leaf, back.matrix[3][2], #back.text == #doc.text)  -- expect: true	8	true
local big = {}
for i = 1, 2000 do big[i] = {n = i, s = tostring(i), l = {i, i * 2}} end
local bigback = cjson.decode(cjson.encode(big))
print(#bigback, equal(big, bigback), bigback[2000].l[2])  -- expect: 2000	true	4000
local deep = {}
local cur = deep
for i = 1, 500 do cur.next = {depth = i} cur = cur.next end
print(equal(cjson.decode(cjson.encode(deep)), deep))  -- expect: true

-- Errors for invalid JSON.
local function try_decode(text)
  local ok, err = pcall(cjson.decode, text)
  print(ok, err)
end
try_decode('{"a":}')  -- expect: false	Expected value but found T_OBJ_END at character 6
try_decode('{"a":1')  -- expect: false	Expected comma or object end but found T_END at character 7
try_decode('[1,2,]')  -- expect: false	Expected value but found T_ARR_END at character 6
try_decode('{a:1}')  -- expect: false	Expected object key string but found invalid token at character 2
try_decode('"unterminated')  -- expect: false	Expected value but found unexpected end of string at character 14
try_decode('[1] x')  -- expect: false	Expected the end but found invalid token at character 5
try_decode('')  -- expect: false	Expected value but found T_END at character 1
try_decode('nul')  -- expect: false	Expected value but found invalid token at character 1
try_decode('"\\uZZZZ"')  -- expect: false	Expected value but found invalid unicode escape code at character 2
try_decode(string.rep("[", 1001) .. string.rep("]", 1001))  -- expect: false	Found too many nested data structures (1001) at character 1001
print(pcall(cjson.decode))  -- expect: false	bad argument #1 to '?' (expected 1 argument)

-- Errors for values JSON cannot represent.
print(pcall(cjson.encode, {f = print}))  -- expect: false	Cannot serialise function: type not supported
print(pcall(cjson.encode, {[1] = 1, [1000] = 2}))  -- expect: false	Cannot serialise table: excessively sparse array
print(pcall(cjson.encode, 0 / 0))  -- expect: false	Cannot serialise number: must not be NaN or Inf
local loop = {}
loop.self = loop
print(pcall(cjson.encode, loop))  -- expect: false	Cannot serialise, excessive nesting (1001)
print(pcall(cjson.encode, {[true] = 1}))  -- expect: false	Cannot serialise boolean: table key must be a number or string

-- Configuration and independent instances.
local c2 = cjson.new()
c2.encode_sparse_array(true)
print(c2.encode({[1] = 1, [5] = 2}), pcall(cjson.encode, {[1] = 1, [50] = 2}))  -- expect: [1,null,null,null,2]	false	Cannot serialise table: excessively sparse array
print(cjson.encode_number_precision(), c2.encode_number_precision(3), c2.encode(math.pi), cjson.encode(math.pi))  -- expect: 14	3	3.14	3.1415926535898
