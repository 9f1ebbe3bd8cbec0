-- Fuzzer seed 140127, minimised: a function trace that ends at a RET A 0 after a tail-called
-- library function (return tostring(v)), for a caller taking all its results (print(show(x))):
-- the RET's snapshots set L->top after the one result. hotloop=1, hotexit=1 as the fuzzer ran
-- them (set before the chunk is loaded: a prototype takes its call counter when it is made).
jit.opt.start("hotloop=1", "hotexit=1")
assert(loadstring([=[
local function show(v)
  local t = type(v)
  if t == 'string' then return string.format('%q', v) end
  if t == 'number' or t == 'boolean' or t == 'nil' then return tostring(v) end
end
local function P(...)
  local n = select('#', ...)
  local parts = {}
  for i = 1, n do parts[i] = show((select(i, ...))) end
  print(n .. ':' .. table.concat(parts, ' '))
end
  print(show((2.5 and '')))
  P(string.sub(string.lower(string.format("<%.20f>", (math.huge))), 1))
  local function body5()
    local n8 = (string.byte("123", 2) or -1)
    for i10 = 0, 5, -0.75 do
    end
    P(b6, b7, n8)
  end
  P(pcall(body5))
  local L2 = {}
  do local function up() L2 = (1 or L2) end up() print(show(L2)) end
]=]))()
-- expect: ""
-- expect: 1:"<inf>"
-- expect: 3:nil nil 50
-- expect: 1:true
-- expect: 1
