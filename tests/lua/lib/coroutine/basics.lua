-- coroutine.create/resume/yield/status/running: values in and out, states
local co = coroutine.create(function(a, b)
    print("start", a, b)
    local c = coroutine.yield(a + b)
    print("got", c)
    local d, e = coroutine.yield(c * 2)
    return d + e, "done"
end)
print(coroutine.status(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.status(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co))
print(coroutine.resume(co))

print(coroutine.running())
local co2
co2 = coroutine.create(function()
    print("inside", coroutine.running() == co2, coroutine.status(co2))
    print(coroutine.resume(co2))
    local co3 = coroutine.create(function()
        print("outer is", coroutine.status(co2))
        print(coroutine.resume(co2))
    end)
    coroutine.resume(co3)
end)
coroutine.resume(co2)
print(coroutine.status(co2))

-- argument counts survive, including trailing nils
print(coroutine.resume(coroutine.create(function(...)
    return select("#", ...), ...
end), nil, nil))
print(select("#", coroutine.resume(coroutine.create(function()
    coroutine.yield()
end))))
local many = coroutine.create(function(...) coroutine.yield(...) end)
print(coroutine.resume(many, 1, 2, 3, 4, 5))

-- generators
local function range(n)
    return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local sum = 0
for i in range(10) do sum = sum + i end
print(sum)
local deep = coroutine.wrap(function()
    local inner = coroutine.wrap(function() coroutine.yield("in") end)
    coroutine.yield(inner() .. "ner")
end)
print(deep())

-- (expected output)
-- expect: suspended
-- expect: start	1	2
-- expect: true	3
-- expect: suspended
-- expect: got	10
-- expect: true	20
-- expect: true	7	done
-- expect: dead
-- expect: false	cannot resume dead coroutine
-- expect: nil
-- expect: inside	true	running
-- expect: false	cannot resume running coroutine
-- expect: outer is	normal
-- expect: false	cannot resume normal coroutine
-- expect: dead
-- expect: true	2	nil	nil
-- expect: 1
-- expect: true	1	2	3	4	5
-- expect: 55
-- expect: inner
