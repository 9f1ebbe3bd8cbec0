-- graph: shortest paths on a large random graph kept alive, with allocation-heavy searches
-- (a collector benchmark: a big live heap while garbage is churned). Builds n nodes with 6
-- weighted edges each (edges are small tables: 8 tables a node, about 150 MB at the default
-- size), then runs Dijkstra from 4 sources with a binary heap whose entries are fresh tables,
-- and 3 breadth-first searches that build path lists.
-- Usage: graph.lua [n]   prints node and edge counts and checksums of the searches.
local n = tonumber(arg and arg[1]) or 200000
local DEG = 6

-- deterministic pseudo-random numbers (the same on every VM)
local seed = 42
local function rand(m)
  seed = (seed * 16807) % 2147483647  -- exact in doubles
  return seed % m
end

local nodes = {}
for i = 1, n do nodes[i] = {id = i, edges = {}, dist = 0, prev = nil, mark = 0} end
local nedges = 0
for i = 1, n do
  local e = nodes[i].edges
  -- a ring keeps the graph connected; the rest is random
  e[1] = {to = nodes[i % n + 1], w = 1 + rand(20)}
  for k = 2, DEG do
    e[k] = {to = nodes[1 + rand(n)], w = 1 + rand(100)}
  end
  nedges = nedges + DEG
end

-- binary min-heap of {d, node} entries
local function push(h, d, node)
  local i = #h + 1
  local entry = {d, node}
  h[i] = entry
  while i > 1 do
    local p = (i - i % 2) / 2
    if h[p][1] <= d then break end
    h[i], h[p] = h[p], entry
    i = p
  end
end

local function pop(h)
  local top = h[1]
  local last = h[#h]
  h[#h] = nil
  local size = #h
  if size > 0 then
    local i = 1
    local d = last[1]
    while true do
      local l = 2 * i
      if l > size then break end
      local c = l
      if l < size and h[l + 1][1] < h[l][1] then c = l + 1 end
      if h[c][1] >= d then break end
      h[i] = h[c]
      i = c
    end
    h[i] = last
  end
  return top
end

local function dijkstra(src, stamp)
  for i = 1, n do nodes[i].dist = math.huge end
  src.dist = 0
  local h = {}
  push(h, 0, src)
  local settled, sum = 0, 0
  while #h > 0 do
    local entry = pop(h)
    local d, u = entry[1], entry[2]
    if u.mark ~= stamp and d == u.dist then
      u.mark = stamp
      settled = settled + 1
      sum = sum + d
      local e = u.edges
      for k = 1, #e do
        local edge = e[k]
        local v = edge.to
        local nd = d + edge.w
        if nd < v.dist then
          v.dist = nd
          v.prev = u
          push(h, nd, v)
        end
      end
    end
  end
  return settled, sum
end

-- breadth-first search from src; returns the path (a fresh list) to the farthest node found
local function bfs(src, stamp)
  local queue = {src}
  local head, tail = 1, 1
  src.mark = stamp
  src.prev = nil
  local last = src
  while head <= tail do
    local u = queue[head]
    head = head + 1
    last = u
    local e = u.edges
    for k = 1, #e do
      local v = e[k].to
      if v.mark ~= stamp then
        v.mark = stamp
        v.prev = u
        tail = tail + 1
        queue[tail] = v
      end
    end
  end
  local path = {}
  local p = last
  while p do
    path[#path + 1] = {p.id, #path}
    p = p.prev
  end
  return path
end

local stamp = 0
local dsum, dcount = 0, 0
for s = 1, 4 do
  stamp = stamp + 1
  local settled, sum = dijkstra(nodes[1 + (s * 7919) % n], stamp)
  dcount = dcount + settled
  dsum = (dsum + sum) % 1000000007
end
local plen, pcheck = 0, 0
for s = 1, 3 do
  stamp = stamp + 1
  local path = bfs(nodes[1 + (s * 104729) % n], stamp)
  plen = plen + #path
  for i = 1, #path do pcheck = (pcheck + path[i][1] * (i % 13)) % 1000000007 end
end
print(n, nedges, dcount, dsum, plen, pcheck)
