-- deltablue: the DeltaBlue incremental one-way constraint solver (chain and projection
-- tests), written with metatable class hierarchies and polymorphic method calls.
-- Usage: deltablue.lua [iterations]   each iteration runs chain_test(100) and
-- projection_test(100); prints a checksum of the solved values.
local iterations = tonumber(arg and arg[1]) or 700

local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  return c
end

local planner            -- the current Planner, as in the original benchmark
local checksum = 0

---------------------------------------------------------------- ordered collections
local OrderedCollection = class()
function OrderedCollection.new() return setmetatable({ n = 0 }, OrderedCollection) end
function OrderedCollection:add(x) local n = self.n + 1; self.n = n; self[n] = x end
function OrderedCollection:at(i) return self[i] end
function OrderedCollection:size() return self.n end
function OrderedCollection:remove_first()
  local x = self[1]
  local n = self.n
  for i = 1, n - 1 do self[i] = self[i + 1] end
  self[n] = nil
  self.n = n - 1
  return x
end
function OrderedCollection:remove(x)
  local j, n = 0, self.n
  for i = 1, n do
    local v = self[i]
    if v ~= x then j = j + 1; self[j] = v end
  end
  for i = j + 1, n do self[i] = nil end
  self.n = j
end

---------------------------------------------------------------- strengths
local Strength = class()
function Strength.new(value, name)
  return setmetatable({ value = value, name = name }, Strength)
end
Strength.REQUIRED = Strength.new(0, "required")
Strength.STRONG_PREFERRED = Strength.new(1, "strongPreferred")
Strength.PREFERRED = Strength.new(2, "preferred")
Strength.STRONG_DEFAULT = Strength.new(3, "strongDefault")
Strength.NORMAL = Strength.new(4, "normal")
Strength.WEAK_DEFAULT = Strength.new(5, "weakDefault")
Strength.WEAKEST = Strength.new(6, "weakest")

local function stronger(s1, s2) return s1.value < s2.value end
local function weaker(s1, s2) return s1.value > s2.value end
local function weakest_of(s1, s2) if weaker(s1, s2) then return s1 end return s2 end

local next_weaker = {
  [0] = Strength.STRONG_PREFERRED, Strength.PREFERRED, Strength.STRONG_DEFAULT,
  Strength.NORMAL, Strength.WEAK_DEFAULT, Strength.WEAKEST,
}
function Strength:next_weaker() return next_weaker[self.value] end

---------------------------------------------------------------- constraints
local Constraint = class()

function Constraint:add_constraint()
  self:add_to_graph()
  planner:incremental_add(self)
end

-- Try to satisfy; return the constraint this one overrode, if any.
function Constraint:satisfy(mark)
  self:choose_method(mark)
  if not self:is_satisfied() then
    if self.strength == Strength.REQUIRED then error("could not satisfy a required constraint") end
    return nil
  end
  self:mark_inputs(mark)
  local out = self:output()
  local overridden = out.determined_by
  if overridden ~= nil then overridden:mark_unsatisfied() end
  out.determined_by = self
  if not planner:add_propagate(self, mark) then error("cycle encountered") end
  out.mark = mark
  return overridden
end

function Constraint:destroy_constraint()
  if self:is_satisfied() then planner:incremental_remove(self) else self:remove_from_graph() end
end

function Constraint:is_input() return false end

-- Unary constraints -------------------------------------------------------------
local UnaryConstraint = class(Constraint)
function UnaryConstraint.init(self, v, strength)
  self.strength = strength
  self.my_output = v
  self.satisfied = false
  self:add_constraint()
  return self
end
function UnaryConstraint:add_to_graph()
  self.my_output:add_constraint(self)
  self.satisfied = false
end
function UnaryConstraint:choose_method(mark)
  self.satisfied = self.my_output.mark ~= mark and stronger(self.strength, self.my_output.walk_strength)
end
function UnaryConstraint:is_satisfied() return self.satisfied end
function UnaryConstraint:mark_inputs(mark) end
function UnaryConstraint:output() return self.my_output end
function UnaryConstraint:recalculate()
  self.my_output.walk_strength = self.strength
  self.my_output.stay = not self:is_input()
  if self.my_output.stay then self:execute() end
end
function UnaryConstraint:mark_unsatisfied() self.satisfied = false end
function UnaryConstraint:inputs_known() return true end
function UnaryConstraint:remove_from_graph()
  if self.my_output ~= nil then self.my_output:remove_constraint(self) end
  self.satisfied = false
end

local StayConstraint = class(UnaryConstraint)
function StayConstraint.new(v, strength)
  return UnaryConstraint.init(setmetatable({}, StayConstraint), v, strength)
end
function StayConstraint:execute() end

local EditConstraint = class(UnaryConstraint)
function EditConstraint.new(v, strength)
  return UnaryConstraint.init(setmetatable({}, EditConstraint), v, strength)
end
function EditConstraint:is_input() return true end
function EditConstraint:execute() end

-- Binary constraints ------------------------------------------------------------
local NONE, FORWARD, BACKWARD = 0, 1, -1

local BinaryConstraint = class(Constraint)
function BinaryConstraint.init(self, v1, v2, strength)
  self.strength = strength
  self.v1, self.v2 = v1, v2
  self.direction = NONE
  self:add_constraint()
  return self
end
function BinaryConstraint:choose_method(mark)
  local v1, v2 = self.v1, self.v2
  if v1.mark == mark then
    if v2.mark ~= mark and stronger(self.strength, v2.walk_strength) then
      self.direction = FORWARD
    else
      self.direction = NONE
    end
    return
  end
  if v2.mark == mark then
    if v1.mark ~= mark and stronger(self.strength, v1.walk_strength) then
      self.direction = BACKWARD
    else
      self.direction = NONE
    end
    return
  end
  if weaker(v1.walk_strength, v2.walk_strength) then
    if stronger(self.strength, v1.walk_strength) then self.direction = BACKWARD
    else self.direction = NONE end
  else
    if stronger(self.strength, v2.walk_strength) then self.direction = FORWARD
    else self.direction = BACKWARD end
  end
end
function BinaryConstraint:add_to_graph()
  self.v1:add_constraint(self)
  self.v2:add_constraint(self)
  self.direction = NONE
end
function BinaryConstraint:is_satisfied() return self.direction ~= NONE end
function BinaryConstraint:mark_inputs(mark) self:input().mark = mark end
function BinaryConstraint:input()
  if self.direction == FORWARD then return self.v1 end
  return self.v2
end
function BinaryConstraint:output()
  if self.direction == FORWARD then return self.v2 end
  return self.v1
end
function BinaryConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
  out.stay = ihn.stay
  if out.stay then self:execute() end
end
function BinaryConstraint:mark_unsatisfied() self.direction = NONE end
function BinaryConstraint:inputs_known(mark)
  local i = self:input()
  return i.mark == mark or i.stay or i.determined_by == nil
end
function BinaryConstraint:remove_from_graph()
  if self.v1 ~= nil then self.v1:remove_constraint(self) end
  if self.v2 ~= nil then self.v2:remove_constraint(self) end
  self.direction = NONE
end

-- v2 = v1 * scale + offset
local ScaleConstraint = class(BinaryConstraint)
function ScaleConstraint.new(src, scale, offset, dest, strength)
  local self = setmetatable({}, ScaleConstraint)
  self.direction = NONE
  self.scale, self.offset = scale, offset
  return BinaryConstraint.init(self, src, dest, strength)
end
function ScaleConstraint:add_to_graph()
  BinaryConstraint.add_to_graph(self)
  self.scale:add_constraint(self)
  self.offset:add_constraint(self)
end
function ScaleConstraint:remove_from_graph()
  BinaryConstraint.remove_from_graph(self)
  if self.scale ~= nil then self.scale:remove_constraint(self) end
  if self.offset ~= nil then self.offset:remove_constraint(self) end
end
function ScaleConstraint:mark_inputs(mark)
  BinaryConstraint.mark_inputs(self, mark)
  self.scale.mark = mark
  self.offset.mark = mark
end
function ScaleConstraint:execute()
  if self.direction == FORWARD then
    self.v2.value = self.v1.value * self.scale.value + self.offset.value
  else
    self.v1.value = (self.v2.value - self.offset.value) / self.scale.value
  end
end
function ScaleConstraint:recalculate()
  local ihn, out = self:input(), self:output()
  out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
  out.stay = ihn.stay and self.scale.stay and self.offset.stay
  if out.stay then self:execute() end
end

local EqualityConstraint = class(BinaryConstraint)
function EqualityConstraint.new(v1, v2, strength)
  return BinaryConstraint.init(setmetatable({}, EqualityConstraint), v1, v2, strength)
end
function EqualityConstraint:execute() self:output().value = self:input().value end

---------------------------------------------------------------- variables
local Variable = class()
function Variable.new(name, value)
  return setmetatable({
    value = value or 0, constraints = OrderedCollection.new(), determined_by = nil,
    mark = 0, walk_strength = Strength.WEAKEST, stay = true, name = name,
  }, Variable)
end
function Variable:add_constraint(c) self.constraints:add(c) end
function Variable:remove_constraint(c)
  self.constraints:remove(c)
  if self.determined_by == c then self.determined_by = nil end
end

---------------------------------------------------------------- plans and the planner
local Plan = class()
function Plan.new() return setmetatable({ v = OrderedCollection.new() }, Plan) end
function Plan:add_constraint(c) self.v:add(c) end
function Plan:execute()
  local v = self.v
  for i = 1, v:size() do v:at(i):execute() end
end

local Planner = class()
function Planner.new() return setmetatable({ current_mark = 0 }, Planner) end

function Planner:incremental_add(c)
  local mark = self:new_mark()
  local overridden = c:satisfy(mark)
  while overridden ~= nil do overridden = overridden:satisfy(mark) end
end

function Planner:incremental_remove(c)
  local out = c:output()
  c:mark_unsatisfied()
  c:remove_from_graph()
  local unsatisfied = self:remove_propagate_from(out)
  local strength = Strength.REQUIRED
  repeat
    for i = 1, unsatisfied:size() do
      local u = unsatisfied:at(i)
      if u.strength == strength then self:incremental_add(u) end
    end
    strength = strength:next_weaker()
  until strength == Strength.WEAKEST
end

function Planner:new_mark()
  self.current_mark = self.current_mark + 1
  return self.current_mark
end

function Planner:make_plan(sources)
  local mark = self:new_mark()
  local plan = Plan.new()
  local todo = sources
  while todo:size() > 0 do
    local c = todo:remove_first()
    if c:output().mark ~= mark and c:inputs_known(mark) then
      plan:add_constraint(c)
      c:output().mark = mark
      self:add_constraints_consuming_to(c:output(), todo)
    end
  end
  return plan
end

function Planner:extract_plan_from_constraints(constraints)
  local sources = OrderedCollection.new()
  for i = 1, constraints:size() do
    local c = constraints:at(i)
    if c:is_input() and c:is_satisfied() then sources:add(c) end
  end
  return self:make_plan(sources)
end

function Planner:add_propagate(c, mark)
  local todo = OrderedCollection.new()
  todo:add(c)
  while todo:size() > 0 do
    local d = todo:remove_first()
    if d:output().mark == mark then
      self:incremental_remove(c)
      return false
    end
    d:recalculate()
    self:add_constraints_consuming_to(d:output(), todo)
  end
  return true
end

function Planner:remove_propagate_from(out)
  out.determined_by = nil
  out.walk_strength = Strength.WEAKEST
  out.stay = true
  local unsatisfied = OrderedCollection.new()
  local todo = OrderedCollection.new()
  todo:add(out)
  while todo:size() > 0 do
    local v = todo:remove_first()
    local cs = v.constraints
    for i = 1, cs:size() do
      local c = cs:at(i)
      if not c:is_satisfied() then unsatisfied:add(c) end
    end
    local determining = v.determined_by
    for i = 1, cs:size() do
      local nxt = cs:at(i)
      if nxt ~= determining and nxt:is_satisfied() then
        nxt:recalculate()
        todo:add(nxt:output())
      end
    end
  end
  return unsatisfied
end

function Planner:add_constraints_consuming_to(v, coll)
  local determining = v.determined_by
  local cs = v.constraints
  for i = 1, cs:size() do
    local c = cs:at(i)
    if c ~= determining and c:is_satisfied() then coll:add(c) end
  end
end

---------------------------------------------------------------- the two tests
local function chain_test(n)
  planner = Planner.new()
  local prev, first, last = nil, nil, nil
  for i = 0, n do
    local v = Variable.new("v" .. i)
    if prev ~= nil then EqualityConstraint.new(prev, v, Strength.REQUIRED) end
    if i == 0 then first = v end
    if i == n then last = v end
    prev = v
  end
  StayConstraint.new(last, Strength.STRONG_DEFAULT)
  local edit = EditConstraint.new(first, Strength.PREFERRED)
  local edits = OrderedCollection.new()
  edits:add(edit)
  local plan = planner:extract_plan_from_constraints(edits)
  for i = 0, 99 do
    first.value = i
    plan:execute()
    if last.value ~= i then error("chain test failed") end
    checksum = checksum + last.value
  end
end

local function change(v, new_value)
  local edit = EditConstraint.new(v, Strength.PREFERRED)
  local edits = OrderedCollection.new()
  edits:add(edit)
  local plan = planner:extract_plan_from_constraints(edits)
  for _ = 1, 10 do
    v.value = new_value
    plan:execute()
  end
  edit:destroy_constraint()
end

local function projection_test(n)
  planner = Planner.new()
  local scale = Variable.new("scale", 10)
  local offset = Variable.new("offset", 1000)
  local src, dst = nil, nil
  local dests = {}
  for i = 0, n - 1 do
    src = Variable.new("src" .. i, i)
    dst = Variable.new("dst" .. i, i)
    dests[#dests + 1] = dst
    StayConstraint.new(src, Strength.NORMAL)
    ScaleConstraint.new(src, scale, offset, dst, Strength.REQUIRED)
  end
  change(src, 17)
  if dst.value ~= 1170 then error("projection 1 failed") end
  change(dst, 1050)
  if src.value ~= 5 then error("projection 2 failed") end
  change(scale, 5)
  for i = 0, n - 2 do
    if dests[i + 1].value ~= i * 5 + 1000 then error("projection 3 failed") end
  end
  change(offset, 2000)
  for i = 0, n - 2 do
    if dests[i + 1].value ~= i * 5 + 2000 then error("projection 4 failed") end
    checksum = checksum + dests[i + 1].value
  end
  checksum = checksum + dst.value + src.value + planner.current_mark
end

for _ = 1, iterations do
  chain_test(100)
  projection_test(100)
end
print(string.format("%.0f", checksum))
