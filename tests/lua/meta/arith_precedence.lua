-- the left operand's metamethod is tried first, then the right one
local A = setmetatable({}, {__add = function() return "A" end})
local B = setmetatable({}, {__add = function() return "B" end})
local N = setmetatable({}, {})
print(A + B, B + A) -- expect: A	B
print(A + N, N + A) -- expect: A	A
print(pcall(function() return N + N end)) -- expect: false	tests/lua/meta/arith_precedence.lua:7: attempt to perform arithmetic on upvalue 'N' (a table value)
print(1 + A, A + 1) -- expect: A	A
