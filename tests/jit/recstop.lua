-- A recursive call in a side trace's first frame, of a function whose loop has a trace but
-- whose entry has none (a backtracking search): the side trace ends before the call and the
-- interpreter makes it ("NYI: recursion" aborted such side traces again and again).
jit.opt.start("hotloop=2", "hotexit=2")

local function queens(size)
  local cols, d1, d2, solutions = {}, {}, {}, 0
  local function place(row)
    if row > size then
      solutions = solutions + 1
      return
    end
    for c = 1, size do
      local a, b = row + c, row - c + size
      if not cols[c] and not d1[a] and not d2[b] then
        cols[c], d1[a], d2[b] = true, true, true
        place(row + 1)
        cols[c], d1[a], d2[b] = false, false, false
      end
    end
  end
  place(1)
  return solutions
end
print(queens(4), queens(5), queens(6), queens(7), queens(8)) -- expect: 2	10	4	40	92

local function walk(t, depth)
  local n = 1
  for i = 1, #t do
    if type(t[i]) == "table" then n = n + walk(t[i], depth + 1) else n = n + depth end
  end
  return n
end
local tree = {}
for i = 1, 20 do tree[i] = (i % 3 == 0) and { i, { i, i }, i } or i end
print(walk(tree, 1)) -- expect: 87
