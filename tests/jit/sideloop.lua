-- Side traces that close a loop of their own: a for loop whose iterations take paths the root
-- trace did not record runs them in side traces that loop (rec_sideloop), leaving them when
-- the path changes. Results as the interpreter's, with the path mix changing in runs.
jit.opt.start("hotloop=3", "hotexit=3")

-- Three paths, in runs of varying length (path by i: mostly "c", runs of "a" and "b").
local function classify(n)
  local a, b, c, acc = 0, 0, 0, 0
  for i = 1, n do
    local r = (i * 7919) % 101
    if r < 12 then
      a = a + 1
      acc = acc + i
    elseif r < 25 then
      b = b + 1
      acc = acc - r
    else
      c = c + 1
      acc = acc + (r % 3)
    end
  end
  return a, b, c, acc
end
print(classify(2000)) -- expect: 238	257	1505	235427
print(classify(5000)) -- expect: 594	643	3763	1477481

-- A neighbour sum over an array whose values change the path (as a cellular automaton does):
-- int indices with a constant step, reads of the neighbours of the previous iteration.
local cells, out = {}, {}
for x = 1, 200 do cells[x] = (x * x) % 7 < 3 and 1 or 0 end
local W = 200
for gen = 1, 30 do
  for x = 1, W do
    local l = x == 1 and W or x - 1
    local r = x == W and 1 or x + 1
    local nb = cells[l] + cells[r]
    if nb == 1 then out[x] = 1 elseif nb == 2 and cells[x] == 1 then out[x] = 1 else out[x] = 0 end
  end
  cells, out = out, cells
end
local live, h = 0, 0
for x = 1, W do
  if cells[x] == 1 then live = live + 1; h = (h * 31 + x) % 1000003 end
end
print(live, h) -- expect: 143	795905

-- A loop with a non-constant step and a float index: the side loops stay correct.
local s = 0
for i = 0.5, 300, 1.5 do
  if i % 4 < 1 then s = s + i elseif i % 4 < 2 then s = s - 1 else s = s + 2 end
end
print(s) -- expect: 7562.5


-- A pivot search: the side loop of "a larger one" starts at the comparison, whose guard in
-- the loop exits with the loop snapshot (jp and t as this iteration has them, not the first).
local function pivots(n, rounds)
  local seed, ps = 1234, 0
  local function rand() seed = (16807 * seed) % 2147483647 return seed / 2147483647 end
  for _ = 1, rounds do
    local col = {}
    for i = 1, n do col[i] = rand() end
    for j = 1, n do
      local jp, t = j, math.abs(col[j])
      for i = j + 1, n do
        local ab = math.abs(col[i])
        if ab > t then jp, t = i, ab end
      end
      ps = ps + jp * j
      col[j], col[jp] = col[jp], col[j]
    end
  end
  return ps
end
print(pivots(20, 60)) -- expect: 212675
