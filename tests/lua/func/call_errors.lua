-- Calling a non-function value is an error naming the value.
print(pcall(function() local x = 1; x() end)) -- expect: false	tests/lua/func/call_errors.lua:2: attempt to call local 'x' (a number value)
print(pcall(function() undefined_fn() end)) -- expect: false	tests/lua/func/call_errors.lua:3: attempt to call global 'undefined_fn' (a nil value)
print(pcall(function() local t = {}; t.field() end)) -- expect: false	tests/lua/func/call_errors.lua:4: attempt to call field 'field' (a nil value)
print(pcall(function() local t = {}; t:method() end)) -- expect: false	tests/lua/func/call_errors.lua:5: attempt to call method 'method' (a nil value)
print(pcall(function() ("str")() end)) -- expect: false	tests/lua/func/call_errors.lua:6: attempt to call a string value
