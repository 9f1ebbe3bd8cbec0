-- knucleotide: count k-mer frequencies in a DNA sequence produced in-process by the same
-- generator as fasta (string.sub, hash tables keyed by short strings, sorting).
-- Usage: knucleotide.lua [n]   generates the n*5-long THREE sequence; prints the 1-mer and
-- 2-mer frequency tables and the counts of five given k-mers.
local n = tonumber(arg and arg[1]) or 250000

---------------------------------------------------------------- generation (as in fasta)
local HOMO_SAPIENS = {
  { "a", 0.3029549426680 }, { "c", 0.1979883004921 },
  { "g", 0.1975473066391 }, { "t", 0.3015094502008 },
}
local IM, IA, IC = 139968, 3877, 29573
local last = 42
local function random(max)
  last = (last * IA + IC) % IM
  return max * last / IM
end

local function random_sequence(tbl, count)
  local probs, syms, p = {}, {}, 0
  for i, e in ipairs(tbl) do
    p = p + e[2]
    probs[i], syms[i] = p, e[1]
  end
  probs[#probs] = 1.0
  local out, buf = {}, {}
  while count > 0 do
    local w = count < 60 and count or 60
    for i = 1, w do
      local r = random(1.0)
      local k = 1
      while probs[k] < r do k = k + 1 end
      buf[i] = syms[k]
    end
    out[#out + 1] = table.concat(buf, "", 1, w)
    count = count - w
  end
  return out
end

-- skip the random draws the earlier sections of fasta's output would make, so the
-- sequence is the same one fasta writes as ">THREE"
for _ = 1, n * 3 do random(1.0) end
local seq = string.upper(table.concat(random_sequence(HOMO_SAPIENS, n * 5)))

---------------------------------------------------------------- counting
local sub = string.sub
local function frequencies(s, k)
  local counts = {}
  for i = 1, #s - k + 1 do
    local key = sub(s, i, i + k - 1)
    counts[key] = (counts[key] or 0) + 1
  end
  return counts
end

local function sorted_table(k)
  local counts = frequencies(seq, k)
  local list, total = {}, #seq - k + 1
  for key, c in pairs(counts) do list[#list + 1] = { key, c } end
  table.sort(list, function(a, b)
    if a[2] ~= b[2] then return a[2] > b[2] end
    return a[1] < b[1]
  end)
  local parts = {}
  for i, e in ipairs(list) do parts[i] = string.format("%s=%.3f", e[1], 100 * e[2] / total) end
  return table.concat(parts, " ")
end

local out = { sorted_table(1), sorted_table(2) }
for _, frag in ipairs({ "GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT" }) do
  out[#out + 1] = string.format("%s:%d", frag, frequencies(seq, #frag)[frag] or 0)
end
print(table.concat(out, " "))
