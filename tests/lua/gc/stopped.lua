-- with the collector stopped memory grows; restart and collect bring it back
collectgarbage(); collectgarbage("stop")
local base = collectgarbage("count")
for i = 1, 20000 do local t = {i} end
local grown = collectgarbage("count")
print(grown - base > 500) -- expect: true
collectgarbage("restart"); collectgarbage()
print(collectgarbage("count") < grown) -- expect: true
