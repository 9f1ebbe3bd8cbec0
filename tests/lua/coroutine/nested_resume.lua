-- resume nested without bound ends in a catchable "C stack overflow", and the VM goes on
local depth = 0
local function dive()
  depth = depth + 1
  local co = coroutine.create(dive)
  local ok, err = coroutine.resume(co)
  if not ok then error(err, 0) end
end
local ok, err = pcall(dive)
print(ok, err) -- expect: false	C stack overflow
print(depth > 100, depth < 1000) -- expect: true	true
print(coroutine.resume(coroutine.create(function() return "fine" end))) -- expect: true	fine
