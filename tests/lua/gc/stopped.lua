-- with the collector stopped memory grows; restart and collect bring it back
collectgarbage(); collectgarbage("stop")
local base = collectgarbage("count")
local keep = {}
for i = 1, 20000 do keep[i % 2] = {i} end  -- stored: a table that does not escape is never made
local grown = collectgarbage("count")
print(grown - base > 500) -- expect: true
collectgarbage("restart"); collectgarbage()
print(collectgarbage("count") < grown) -- expect: true
