-- load's chunkname defaults to "=(load)"
local function once(s)
  local used = false
  return function() if used then return nil end used = true return s end
end
print(load(once("x x"))) -- expect: nil	(load):1: '=' expected near 'x'
print(load(once("x x"), "=mine")) -- expect: nil	mine:1: '=' expected near 'x'
print(pcall(load(once("error('boom')")))) -- expect: false	(load):1: boom
print(pcall(load(once("error('boom')"), "@rd.lua"))) -- expect: false	rd.lua:1: boom
