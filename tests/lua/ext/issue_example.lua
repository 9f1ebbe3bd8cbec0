-- the example of issue 17
for i = 1, 3 do
  if i == 2 then goto continue end
  print(i)
  ::continue::
end
print("\x41\u{48}", 0x1p4)

-- Expected output (produced by luajit 2.1):
-- expect: 1
-- expect: 3
-- expect: AH	16
