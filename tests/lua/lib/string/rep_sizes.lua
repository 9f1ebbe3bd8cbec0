-- string.rep builds short results on the C stack and long ones in a block
for _, n in ipairs{ 0, 1, 2, 85, 86, 127, 128, 129, 256, 1000 } do
  local s = string.rep("abc", n)
  print(n, #s, s:sub(-4), select(2, s:gsub("abc", "")))
end
print(#string.rep("x", 255), #string.rep("x", 256), #string.rep("x", 257), string.rep("", 1e6) == "")
print(string.rep("a\0", 3) == "a\0a\0a\0", string.rep("ab", -1) == "", string.rep(12, 2))

-- (expected output, from lua5.1)
-- expect: 0	0		0
-- expect: 1	3	abc	1
-- expect: 2	6	cabc	2
-- expect: 85	255	cabc	85
-- expect: 86	258	cabc	86
-- expect: 127	381	cabc	127
-- expect: 128	384	cabc	128
-- expect: 129	387	cabc	129
-- expect: 256	768	cabc	256
-- expect: 1000	3000	cabc	1000
-- expect: 255	256	257	true
-- expect: true	true	1212
