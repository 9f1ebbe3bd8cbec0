-- string.sub in traces with positions that are int32s (narrowed to INTs: i + k - 1 with k a
-- double adds ints, with overflow guards) and with positions that are not (fractions, huge,
-- negative, NaN): the same strings as the library's.
jit.opt.start("hotloop=1", "hotexit=1")

local s = "ACGTTGCAACGGTTAACCGGTTAA"
local sub = string.sub

local function kmers(str, k)
  local counts, order = {}, {}
  for i = 1, #str - k + 1 do
    local key = sub(str, i, i + k - 1)
    if not counts[key] then order[#order + 1] = key end
    counts[key] = (counts[key] or 0) + 1
  end
  local out = {}
  for _, key in ipairs(order) do out[#out + 1] = key .. "=" .. counts[key] end
  return table.concat(out, " ")
end
print(kmers(s, 2))
print(kmers(s, 3))
print(kmers(s, 2.0))
print(kmers(s, 1.5))   -- i + 0.5: positions with fractions (truncated by the library)

-- Positions of every kind, in one loop.
local pos = { 1, 0, -1, -3, 5, 30, -30, 2.7, -2.7, 1e10, -1e10, 3, 2^31, -2^31, 2^31 - 1 }
local acc = {}
for r = 1, 3 do
  for a = 1, #pos do
    for b = 1, #pos do
      acc[#acc + 1] = sub(s, pos[a], pos[b])
    end
  end
end
print(#acc, #table.concat(acc))
local h = 0
for i = 1, #acc do h = (h * 31 + #acc[i] * i) % 1000003 end
print(h)

-- One argument; the end computed from the length.
local parts = {}
for i = 1, 10 do parts[#parts + 1] = sub(s, -i) .. "|" .. sub(s, i, #s - i) end
print(table.concat(parts, ","))

-- A position that overflows int32 when narrowed (the guard exits; the interpreter goes on).
local big = 2147483600
local out = {}
for i = 1, 100 do out[#out + 1] = sub(s, i + big - big, i + big) end
print(#table.concat(out))
-- expect: AC=3 CG=3 GT=3 TT=3 TG=1 GC=1 CA=1 AA=3 GG=2 TA=2 CC=1
-- expect: ACG=2 CGT=1 GTT=3 TTG=1 TGC=1 GCA=1 CAA=1 AAC=2 CGG=2 GGT=2 TTA=2 TAA=2 ACC=1 CCG=1
-- expect: AC=3 CG=3 GT=3 TT=3 TG=1 GC=1 CA=1 AA=3 GG=2 TA=2 CC=1
-- expect: A=6 C=5 G=6 T=6
-- expect: 675	4116
-- expect: 779485
-- expect: A|ACGTTGCAACGGTTAACCGGTTA,AA|CGTTGCAACGGTTAACCGGTT,TAA|GTTGCAACGGTTAACCGGT,TTAA|TTGCAACGGTTAACCGG,GTTAA|TGCAACGGTTAACCG,GGTTAA|GCAACGGTTAACC,CGGTTAA|CAACGGTTAAC,CCGGTTAA|AACGGTTAA,ACCGGTTAA|ACGGTTA,AACCGGTTAA|CGGTT
-- expect: 300
