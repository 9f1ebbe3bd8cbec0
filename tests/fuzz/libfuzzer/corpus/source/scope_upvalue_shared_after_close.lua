-- Sharing continues to work after the enclosing scope has closed.
local getters, setters = {}, {}
for i = 1, 3 do
  local v = i * 10
  getters[i] = function() return v end
  setters[i] = function(x) v = x end
end
setters[2](99)
print(getters[1](), getters[2](), getters[3]()) -- expect: 10	99	30
local get, set
do
  local hidden = "h"
  get = function() return hidden end
  set = function(x) hidden = x end
end
set("changed")
print(get()) -- expect: changed
