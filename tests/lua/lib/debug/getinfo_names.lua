-- names and namewhat reported by getinfo
local function who() local i = debug.getinfo(2, "n") return tostring(i.name) .. " " .. i.namewhat end
local function me() return debug.getinfo(1, "n") end
gfunc = function() local i = me(); return i end
local t = {}
function t.field() local i = debug.getinfo(1, "n") return i.name .. " " .. i.namewhat end
function t:meth() local i = debug.getinfo(1, "n") return i.name .. " " .. i.namewhat end
local function loc() local i = debug.getinfo(1, "n") return i.name .. " " .. i.namewhat end
function glob() local i = debug.getinfo(1, "n") return i.name .. " " .. i.namewhat end
print(t.field())
print(t:meth())
print(loc())
print(glob())
print(me().name, me().namewhat)

-- (expected output, from lua5.1)
-- expect: field field
-- expect: meth method
-- expect: loc local
-- expect: glob global
-- expect: me	local
