-- Writing with a nil or NaN key is an error; reading gives nil.
local t = {}
print(t[nil]) -- expect: nil
print(pcall(function() t[nil] = 1 end)) -- expect: false	tests/lua/table/key_nil_nan.lua:4: table index is nil
local z = 0
print(pcall(function() t[z / z] = 1 end)) -- expect: false	tests/lua/table/key_nil_nan.lua:6: table index is NaN
print(t[z / z]) -- expect: nil
print(pcall(function() return {[nil] = 1} end)) -- expect: false	tests/lua/table/key_nil_nan.lua:8: table index is nil
print(pcall(rawset, t, nil, 1)) -- expect: false	table index is nil
