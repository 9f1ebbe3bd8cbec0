-- The a and b or c idiom, including its pitfall when b is false.
local function pick(c) return c and "yes" or "no" end
print(pick(true), pick(false), pick(nil), pick(0)) -- expect: yes	no	no	yes
print(true and false or "fallback") -- expect: fallback
local x = 5
print(x > 3 and "big" or "small") -- expect: big
x = 1
print(x > 3 and "big" or "small") -- expect: small
