-- collectgarbage options and gcinfo
print(type(collectgarbage("count")), collectgarbage("count") > 0) -- expect: number	true
print(gcinfo() > 0, math.floor(collectgarbage("count")) == gcinfo()) -- expect: true	true
print(collectgarbage("setpause", 150)) -- expect: 200
print(collectgarbage("setpause", 200)) -- expect: 150
print(collectgarbage("setstepmul", 400)) -- expect: 200
print(collectgarbage("setstepmul", 200)) -- expect: 400
print(collectgarbage("stop"), collectgarbage("restart")) -- expect: 0	0
print(collectgarbage("collect"), collectgarbage()) -- expect: 0	0
print(collectgarbage("step", 100000)) -- expect: true
print(pcall(collectgarbage, "bogus")) -- expect: false	bad argument #1 to '?' (invalid option 'bogus')
