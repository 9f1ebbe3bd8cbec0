-- Error messages report the line where the error occurs.
local ok, msg = pcall(function()
  local x = nil
  return x.y
end)
print(msg) -- expect: tests/lua/lexer/line_numbers.lua:4: attempt to index local 'x' (a nil value)
local s = [[
one
two]]
ok, msg = pcall(error, "boom")
print(ok, msg) -- expect: false	boom
ok, msg = pcall(function() error("here") end)
print(msg) -- expect: tests/lua/lexer/line_numbers.lua:12: here
print(loadstring("\n\n x = = 1")) -- expect: nil	[string "..."]:3: unexpected symbol near '='
