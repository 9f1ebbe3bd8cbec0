-- puretest: the module of the pure-Lua test rock.
return { greet = function(who) return "hello from a rock, " .. who end }
