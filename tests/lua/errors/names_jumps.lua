-- Variable names in error messages, found as Lua 5.1 finds them: the code before the failing
-- instruction is walked in order, taking forward jumps (`(false and a or b):x()` names the
-- local `b`, whose MOVE the walk reaches by the jump over the `and`'s other branch). Each
-- message as PUC Lua 5.1.5 prints it.
local snippets = {
 "local a, b = nil, 5; return (false and a or b):x()",
 "local a, b = nil, 5; return (true and a or b).x",
 "local a, b = nil, 5; return (a or b).x",
 "local a, b = 5, nil; return (a and b).x",
 "local a; local b = a and 1 or nil; return b.x",
 "local t = {}; local v = t.x; return v.y",
 "local t = {}; local v = t.x or t.y; return v.z",
 "local t = {}; if t then local u = t.q; return u() end",
 "local x; for i = 1, 2 do x = nil end; return x.y",
 "local x = 1; while x < 3 do x = x + 1 end; local y; return y + x",
 "local x = {}; for k, v in pairs({1}) do x = v end; return x.f",
 "local a = {}; local b = a.b; local c = b and b.c; return c.d",
 "local up; local function f() return up.x end; return f()",
 "local up = 3; local function f() return up() end; return f()",
 "return undefinedglobal.x",
 "return undefinedglobal()",
 "local t = {} return t.a.b",
 "local t = {a = {}} return t.a.b.c",
 "local s = 'x' return s:nomethod()",
 "local n = nil; local m = n; return m[1]",
 "local a, b = 1, nil; local c = a + b; return c",
 "local a = {} ; return a.x + 1",
 "local a = {} ; return -a.x",
 "local a = {} ; return #a.x",
 "local a = {} ; return a.x .. 'y'",
 "local x = nil; if x == nil then x = x end; return x.y",
 "local x = nil; repeat local z = x until true; return x.y",
 "local t = {}; local i = 1; return t[i].z",
 "local t = {}; return t[1][2]",
 "local f = nil; return (f or nil)(1)",
 "local a = nil; local b = not a and a; return b.x",
 "local a, b, c = nil; return a.x or b.x or c.x",
 "local a = {}; do local b = a.x; end; local c; return c.x",
 "local v = (nil); return v.k",
 "local v = select(1, nil); return v.k",
 "local a = false; return (a and 1 or a).x",
 "local x = 1 > 2 and nil; return x.z",
 "local t = setmetatable({}, {__index = function() return nil end}); return t.x.y",
 "local q; for i = 1, 3 do if i == 2 then q = nil break end end; return q.w",
 "local z; local function g() z = z end; g(); return z.w",
}
for i, s in ipairs(snippets) do
  local f = assert(loadstring(s, "=s" .. i))
  local ok, err = pcall(f)
  print(i, ok, err)
end
-- expect: 1	false	s1:1: attempt to index local 'b' (a number value)
-- expect: 2	false	s2:1: attempt to index a number value
-- expect: 3	false	s3:1: attempt to index a number value
-- expect: 4	false	s4:1: attempt to index a nil value
-- expect: 5	false	s5:1: attempt to index local 'b' (a nil value)
-- expect: 6	false	s6:1: attempt to index local 'v' (a nil value)
-- expect: 7	false	s7:1: attempt to index local 'v' (a nil value)
-- expect: 8	false	s8:1: attempt to call local 'u' (a nil value)
-- expect: 9	false	s9:1: attempt to index local 'x' (a nil value)
-- expect: 10	false	s10:1: attempt to perform arithmetic on local 'y' (a nil value)
-- expect: 11	false	s11:1: attempt to index local 'x' (a number value)
-- expect: 12	false	s12:1: attempt to index local 'c' (a nil value)
-- expect: 13	false	s13:1: attempt to index upvalue 'up' (a nil value)
-- expect: 14	false	s14:1: attempt to call upvalue 'up' (a number value)
-- expect: 15	false	s15:1: attempt to index global 'undefinedglobal' (a nil value)
-- expect: 16	false	s16:1: attempt to call global 'undefinedglobal' (a nil value)
-- expect: 17	false	s17:1: attempt to index field 'a' (a nil value)
-- expect: 18	false	s18:1: attempt to index field 'b' (a nil value)
-- expect: 19	false	s19:1: attempt to call method 'nomethod' (a nil value)
-- expect: 20	false	s20:1: attempt to index local 'm' (a nil value)
-- expect: 21	false	s21:1: attempt to perform arithmetic on local 'b' (a nil value)
-- expect: 22	false	s22:1: attempt to perform arithmetic on field 'x' (a nil value)
-- expect: 23	false	s23:1: attempt to perform arithmetic on field 'x' (a nil value)
-- expect: 24	false	s24:1: attempt to get length of field 'x' (a nil value)
-- expect: 25	false	s25:1: attempt to concatenate field 'x' (a nil value)
-- expect: 26	false	s26:1: attempt to index local 'x' (a nil value)
-- expect: 27	false	s27:1: attempt to index local 'x' (a nil value)
-- expect: 28	false	s28:1: attempt to index field '?' (a nil value)
-- expect: 29	false	s29:1: attempt to index field '?' (a nil value)
-- expect: 30	false	s30:1: attempt to call a nil value
-- expect: 31	false	s31:1: attempt to index local 'b' (a nil value)
-- expect: 32	false	s32:1: attempt to index local 'a' (a nil value)
-- expect: 33	false	s33:1: attempt to index local 'c' (a nil value)
-- expect: 34	false	s34:1: attempt to index local 'v' (a nil value)
-- expect: 35	false	s35:1: attempt to index local 'v' (a nil value)
-- expect: 36	false	s36:1: attempt to index local 'a' (a boolean value)
-- expect: 37	false	s37:1: attempt to index local 'x' (a boolean value)
-- expect: 38	false	s38:1: attempt to index field 'x' (a nil value)
-- expect: 39	false	s39:1: attempt to index local 'q' (a nil value)
-- expect: 40	false	s40:1: attempt to index local 'z' (a nil value)
