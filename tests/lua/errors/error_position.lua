-- the position prefix is chunkname:line:
local function f()
  error("line four")
end
print(pcall(f)) -- expect: false	tests/lua/errors/error_position.lua:3: line four
print(pcall(function() -- expect: false	tests/lua/errors/error_position.lua:8: line eight

  error("line eight")
end))
local ok, e = pcall(function() local a = nil; return a.b end)
print(e) -- expect: tests/lua/errors/error_position.lua:10: attempt to index local 'a' (a nil value)
print(pcall(function() error("msg", 1) end)) -- expect: false	tests/lua/errors/error_position.lua:12: msg
