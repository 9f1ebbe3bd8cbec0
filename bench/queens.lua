-- queens: count every solution of the n-queens problem by backtracking
-- (recursion, boolean arrays for columns and diagonals).
-- Usage: queens.lua [n]   solves boards of size 4..n; prints the solution counts.
local n = tonumber(arg and arg[1]) or 13

local function solve(size)
  local cols, diag1, diag2 = {}, {}, {}
  for i = 1, 2 * size do cols[i], diag1[i], diag2[i] = false, false, false end
  local solutions = 0
  local function place(row)
    if row > size then
      solutions = solutions + 1
      return
    end
    for c = 1, size do
      local d1, d2 = row + c, row - c + size
      if not cols[c] and not diag1[d1] and not diag2[d2] then
        cols[c], diag1[d1], diag2[d2] = true, true, true
        place(row + 1)
        cols[c], diag1[d1], diag2[d2] = false, false, false
      end
    end
  end
  place(1)
  return solutions
end

local parts = {}
for size = 4, n do parts[#parts + 1] = tostring(solve(size)) end
print(table.concat(parts, ","))
