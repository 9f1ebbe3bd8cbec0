-- Functions with more than 65,536 (and more than 256) constants (issue 13): PUC Lua allows
-- 262,143 per function. Constants past the first 65,536 (256 for operands of arithmetic,
-- indexing and methods) go through a register.

-- (wide_constants_ctor.lua has 100,000 of them in one table constructor.)

-- A chunk whose first `pad` constants are used up on line 1, followed by code whose constants
-- all come after them.
local function padded(pad, body)
  local p = {"local pad "}
  for i = 1, pad do p[#p + 1] = ("pad=%d.25 "):format(i) end
  return assert(loadstring(table.concat(p) .. "\n" .. body, "=padded"))
end

local body = [[
local t = { name = 'field value', [7.75] = 'number key', list = {10, 20, 30} }
local obj = { greet = function(self, who) return 'hi ' .. who .. self.suffix end, suffix = '!' }
local x = 4
local r = {}
-- arithmetic with constants on either side
r[#r + 1] = x + 1000.5
r[#r + 1] = 1000.5 - x
r[#r + 1] = x * 2.5 / 0.125 % 7.5
r[#r + 1] = (x + 70000.5) - 70000.5
-- comparisons with string and number constants
r[#r + 1] = tostring(x == 4.0) .. tostring(x ~= 123456.5) .. tostring(x < 8.5)
r[#r + 1] = tostring(t.name == 'field value') .. tostring(t.name ~= 'other text')
r[#r + 1] = tostring(x == 'not a number') .. tostring(8.5 <= x) .. tostring(x >= -3.5)
if t.name == 'field value' then r[#r + 1] = 'if taken' end
-- values with pending jumps, and nil loads right after a wide load
r[#r + 1] = (x and 'and value' or 'or value') .. (nil or 'second or') .. tostring(not 'str')
local a1 = 'just loaded'
local a2, a3
r[#r + 1] = a1 .. tostring(a2) .. tostring(a3)
-- table indexing: constant field names, string and number keys, stores
r[#r + 1] = t.name .. '/' .. t['name'] .. '/' .. t[7.75] .. '/' .. t.list[3]
t.newfield = 'stored'
t['other key'] = 99.5
t[12345.5] = 'by number'
r[#r + 1] = t.newfield .. '/' .. t['other key'] .. '/' .. t[12345.5]
-- globals, read and written, and a method call
wide_global_one = 'global value'
wide_global_two = wide_global_one .. ' again'
r[#r + 1] = wide_global_two .. '/' .. tostring(rawget(_G, 'wide_global_one'))
r[#r + 1] = obj:greet('there')
return table.concat(r, '|')
]]
local expected = padded(0, body)()
print(expected) -- expect: 1004.5|996.5|5|4|truetruetrue|truetrue|falsefalsetrue|if taken|and valuesecond orfalse|just loadednilnil|field value/field value/number key/30|stored/99.5/by number|global value again/global value|hi there!
wide_global_one, wide_global_two = nil, nil
print(padded(300, body)() == expected) -- expect: true
wide_global_one, wide_global_two = nil, nil
print(padded(70000, body)() == expected) -- expect: true
print(wide_global_two) -- expect: global value again

-- the same through string.dump and back
wide_global_one, wide_global_two = nil, nil
local f = padded(70000, body)
print(loadstring(string.dump(f))() == expected) -- expect: true

-- error messages name the global, field and method as with narrow constants
for _, pad in ipairs{0, 300, 70000} do
  local msgs = {}
  for _, code in ipairs{"undefined_wide_global()", "local t = {} t.nofield.x = 1",
                        "local t = {} t:nomethod()", "return 1 + {}"} do
    local ok, e = pcall(padded(pad, code))
    msgs[#msgs + 1] = e
  end
  print(table.concat(msgs, "; "))
end
-- expect: padded:2: attempt to call global 'undefined_wide_global' (a nil value); padded:2: attempt to index field 'nofield' (a nil value); padded:2: attempt to call method 'nomethod' (a nil value); padded:2: attempt to perform arithmetic on a table value
-- expect: padded:2: attempt to call global 'undefined_wide_global' (a nil value); padded:2: attempt to index field '?' (a nil value); padded:2: attempt to call method '?' (a nil value); padded:2: attempt to perform arithmetic on a table value
-- expect: padded:2: attempt to call global 'undefined_wide_global' (a nil value); padded:2: attempt to index field '?' (a nil value); padded:2: attempt to call method '?' (a nil value); padded:2: attempt to perform arithmetic on a table value
