-- math functions the interpreter computes inline (fast functions) give what the C library gives,
-- in every call form; other argument kinds still go through the library (conversion, errors)
print(math.floor(3.7), math.floor(-3.5), math.ceil(-0.5), math.abs(-4))  -- expect: 3	-4	-0	4
print(math.sqrt(16), math.sin(0), math.cos(0), math.exp(0), math.log(1), math.log10(1000))  -- expect: 4	0	1	1	0	3
print(math.floor("2.5"), math.abs("-3"))               -- expect: 2	3
print(pcall(math.floor))                               -- expect: false	bad argument #1 to '?' (number expected, got no value)
print(pcall(math.sqrt, {}))                            -- expect: false	bad argument #1 to '?' (number expected, got table)
print(math.abs(-2, "ignored", nil))                    -- expect: 2
print(select("#", math.floor(1.5)))                    -- expect: 1
local a, b, c = math.floor(9.9)
print(a, b, c)                                         -- expect: 9	nil	nil
local t = { math.sqrt(4), math.sqrt(9) }
print(#t, t[1], t[2])                                  -- expect: 2	2	3
print(math.sqrt(-1) ~= math.sqrt(-1))                  -- expect: true
print(math.floor(1/0), math.floor(-1/0))               -- expect: inf	-inf
local s = 0
for i = 1, 1000 do s = s + math.floor(i / 3) + math.abs(-i) end
print(s)                                               -- expect: 667000
local floor = math.floor
math.floor = function(x) return "replaced" end
print(math.floor(1.5), floor(1.5))                     -- expect: replaced	1
-- a hook sees the call when one is set
local calls = 0
debug.sethook(function() calls = calls + 1 end, "c")
local x = math.sqrt(25)
debug.sethook()
print(x, calls > 0)                                    -- expect: 5	true
