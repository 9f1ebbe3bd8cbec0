-- table error objects keep identity and fields through nested pcalls
local obj = {code = 404, msg = "not found"}
local ok, e = pcall(function()
  local ok2, e2 = pcall(function() error(obj) end)
  print("inner", ok2, e2 == obj) -- expect: inner	false	true
  error(e2)
end)
print("outer", ok, e == obj, e.code, e.msg) -- expect: outer	false	true	404	not found
