-- linkedlist: build, reverse, filter and walk singly linked lists of small tables
-- (allocation, pointer chasing).
-- Usage: linkedlist.lua [rounds]   each round builds a 10000-node list; prints a checksum.
local rounds = tonumber(arg and arg[1]) or 800
local LEN = 10000

local function build(n, base)
  local head = nil
  for i = n, 1, -1 do head = { value = base + i, next = head } end
  return head
end

local function reverse(head)
  local prev = nil
  while head do
    local nxt = head.next
    head.next = prev
    prev, head = head, nxt
  end
  return prev
end

local function drop_odd(head)
  -- remove every node whose value is odd, keep the rest in order
  while head and head.value % 2 == 1 do head = head.next end
  local node = head
  while node and node.next do
    if node.next.value % 2 == 1 then node.next = node.next.next else node = node.next end
  end
  return head
end

local function sum_and_len(head)
  local s, n = 0, 0
  while head do s, n = s + head.value, n + 1; head = head.next end
  return s, n
end

local total, nodes = 0, 0
for r = 1, rounds do
  local list = build(LEN, r)
  list = reverse(list)
  list = drop_odd(list)
  local s, n = sum_and_len(list)
  total = total + s + list.value
  nodes = nodes + n
end
print(string.format("%.0f %d", total, nodes))
