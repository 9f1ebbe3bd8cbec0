-- long explicit chunk names are truncated too
local n = "@"
for i = 1, 10 do n = n .. "directory/" end
print(loadstring("x =", n .. "file.lua")) -- expect: nil	...ory/directory/directory/directory/directory/directory/directory/file.lua:1: unexpected symbol near '<eof>'
local e = "="
for i = 1, 10 do e = e .. "abcdefghij" end
print(loadstring("x =", e)) -- expect: nil	abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghi:1: unexpected symbol near '<eof>'
local s = ""
for i = 1, 10 do s = s .. "0123456789" end
print(loadstring("x =", s)) -- expect: nil	[string "012345678901234567890123456789012345678901234567890123456789012..."]:1: unexpected symbol near '<eof>'
