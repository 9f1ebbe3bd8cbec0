-- Values only a snapshot without a guard names (the SOR kernel's j - 1, written to a slot
-- that the next instruction overwrites) are not computed; every exit still restores what it
-- needs: an element that turns into a string in the middle of the sweep, and one that is nil.
local function sweep(G, M, w)
  for i = 2, M - 1 do
    local Gi, Gim1, Gip1 = G[i], G[i - 1], G[i + 1]
    for j = 2, M - 1 do
      Gi[j] = w * 0.25 * (Gim1[j] + Gip1[j] + Gi[j - 1] + Gi[j + 1]) + (1 - w) * Gi[j]
    end
  end
end
local function grid(M)
  local G = {}
  for i = 1, M do
    local row = {}
    for j = 1, M do row[j] = ((i * 31 + j * 17) % 13) / 13 end
    G[i] = row
  end
  return G
end
local function sum(G)
  local s = 0
  for i = 1, #G do for j = 1, #G[i] do s = s + G[i][j] end end
  return s
end
local G = grid(20)
for _ = 1, 30 do sweep(G, 20, 1.25) end
print(string.format("%.9f", sum(G))) -- expect: 185.771392818
G[10][7] = "0.5"   -- a string: arithmetic converts it, the trace exits there
for _ = 1, 3 do sweep(G, 20, 1.25) end
print(string.format("%.9f", sum(G))) -- expect: 185.795680776
G[12][9] = nil
print(pcall(sweep, G, 20, 1.25)) -- expect: false	tests/jit/unread.lua:8: attempt to perform arithmetic on field '?' (a nil value)
