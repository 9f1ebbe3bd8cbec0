-- fasta: generate DNA sequences in FASTA layout -- a repeated sequence and two weighted
-- random ones from a linear congruential generator (string building, table lookups).
-- The lines are checksummed in-process rather than written out.
-- Usage: fasta.lua [n]   prints line/character counts and a checksum.
local n = tonumber(arg and arg[1]) or 3000000

local ALU = "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGGGAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGAC"
         .. "CAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAATACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCC"
         .. "AGCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGGAGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCAC"
         .. "TCCAGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA"

local IUB = {
  { "a", 0.27 }, { "c", 0.12 }, { "g", 0.12 }, { "t", 0.27 },
  { "B", 0.02 }, { "D", 0.02 }, { "H", 0.02 }, { "K", 0.02 }, { "M", 0.02 },
  { "N", 0.02 }, { "R", 0.02 }, { "S", 0.02 }, { "V", 0.02 }, { "W", 0.02 }, { "Y", 0.02 },
}
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

local WIDTH = 60
local lines, chars, hash = 0, 0, 0
local function emit(line)
  lines = lines + 1
  chars = chars + #line
  hash = (hash * 131 + line:byte(1) * 7 + line:byte(#line) + #line) % 1000000007
end

local function repeat_fasta(src, count)
  emit(">ONE Homo sapiens alu")
  local s = src .. src .. string.sub(src, 1, WIDTH)
  local len, pos = #src, 1
  while count > 0 do
    local w = count < WIDTH and count or WIDTH
    emit(string.sub(s, pos, pos + w - 1))
    pos = pos + w
    if pos > len then pos = pos - len end
    count = count - w
  end
end

local function random_fasta(header, table_, count)
  emit(header)
  -- cumulative probabilities
  local probs, syms, p = {}, {}, 0
  for i, e in ipairs(table_) do
    p = p + e[2]
    probs[i], syms[i] = p, e[1]
  end
  probs[#probs] = 1.0
  local nsyms = #probs
  local buf = {}
  while count > 0 do
    local w = count < WIDTH and count or WIDTH
    for i = 1, w do
      local r = random(1.0)
      local k = 1
      while probs[k] < r and k < nsyms do k = k + 1 end
      buf[i] = syms[k]
    end
    emit(table.concat(buf, "", 1, w))
    count = count - w
  end
end

repeat_fasta(ALU, n * 2)
random_fasta(">TWO IUB ambiguity codes", IUB, n * 3)
random_fasta(">THREE Homo sapiens frequency", HOMO_SAPIENS, n * 5)
print(string.format("%d %d %d %d", lines, chars, hash, last))
