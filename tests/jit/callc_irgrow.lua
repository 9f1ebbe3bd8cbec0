-- Found by the differential fuzzer (seed 312106, minimised): recording a library call made
-- from a trace (CALLC) wrote its slot number through a pointer taken before the IR buffer
-- grew for that very instruction (heap corruption: "free(): invalid next size").
jit.opt.start("hotloop=1", "hotexit=1")
local function show(v)
  local t = type(v)
  if t == 'number' or t == 'boolean' or t == 'nil' then return tostring(v) end
end
local function P(...)
  local n = select('#', ...)
  local parts = {}
  for i = 1, n do parts[i] = show((select(i, ...))) end
  print(n .. ':' .. table.concat(parts, ' '))
end
  local i = 0
  repeat
    local sq = i * i
    i = i + 1
  until sq > 29
  P(i)
  do local x = (1341584356 * 1577444633 / 810) P(x) print(x, x .. '', string.format('%.14g|%.17g|%g|%.3f|%e', x, x, x, x, x)) end
  do local x = (2^-57 + 2^-40) P(x) print(x, x .. '', string.format('%.14g|%.17g|%g|%.3f|%e', x, x, x, x, x)) end
  do local x = (775455.968540e-14) P(x) print(x, x .. '', string.format('%.14g|%.17g|%g|%.3f|%e', x, x, x, x, x)) end
  do local x = (2^16 + 2^-40) P(x) print(x, x .. '', string.format('%.14g|%.17g|%g|%.3f|%e', x, x, x, x, x)) end
do -- @snippet 3 numfuzz
  P(tonumber("g-a -", 16))
  P(tonumber("0a -a9", 8))
  P(loadstring('return ' .. "	-0X9a "))
  P(loadstring('return ' .. "X+f-\
fX9"))
end -- @end 8
-- expect: 1:7
-- expect: 1:2.6126852371469e+15
-- expect: 2.6126852371469e+15	2.6126852371469e+15	2.6126852371469e+15|2612685237146866|2.61269e+15|2612685237146866.000|2.612685e+15
-- expect: 1:9.0950164066683e-13
-- expect: 9.0950164066683e-13	9.0950164066683e-13	9.0950164066683e-13|9.0950164066683215e-13|9.09502e-13|0.000|9.095016e-13
-- expect: 1:7.7545596854e-09
-- expect: 7.7545596854e-09	7.7545596854e-09	7.7545596854e-09|7.7545596854e-09|7.75456e-09|0.000|7.754560e-09
-- expect: 1:65536
-- expect: 65536	65536	65536|65536|65536|65536.000|6.553600e+04
-- expect: 1:nil
-- expect: 1:nil
-- expect: 1:
-- expect: 1:
