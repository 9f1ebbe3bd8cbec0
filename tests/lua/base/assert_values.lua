-- assert returns all its arguments on success
print(assert(1)) -- expect: 1
print(assert(0)) -- expect: 0
print("[" .. assert("", "msg") .. "]") -- expect: []
print(select(2, assert("", "msg"))) -- expect: msg
print(assert({}) ~= nil) -- expect: true
print(pcall(function() return assert(false) end)) -- expect: false	tests/lua/base/assert_values.lua:7: assertion failed!
print(pcall(function() return assert(nil, "nil value") end)) -- expect: false	tests/lua/base/assert_values.lua:8: nil value
