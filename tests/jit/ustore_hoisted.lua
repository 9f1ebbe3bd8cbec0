-- A string stored into an upvalue open below the trace, in a loop whose upvalue guard is
-- hoisted (no library call in it): the store's write barrier reads the upvalue object, which
-- must stay in a register through the loop (a crash before the fix: fuzzer seed 460786).
jit.opt.start("hotloop=1", "hotexit=1")
local function body(n)
  local s = "abc"
  local function f(p)
    local c = 0
    while c < n do
      c = c + 1
      s = string.sub("xyzw", 1, c % 4)
      p = #s + (9007199254740992 % 1e100)
    end
    return p
  end
  return f(1), s
end
for _ = 1, 3 do print(body(50)) end
-- expect: 9.007199254741e+15	xy
-- expect: 9.007199254741e+15	xy
-- expect: 9.007199254741e+15	xy
local t = {}
for i = 1, 200 do t[i] = body(i) end
print(t[1], t[200]) -- expect: 9.007199254741e+15	9.007199254741e+15
