-- single inheritance via __index chains
local Base = {}
Base.__index = Base
function Base.new(n) return setmetatable({name = n}, Base) end
function Base:hello() return "hello from " .. self.name end
function Base:kind() return "base" end
local Derived = setmetatable({}, {__index = Base})
Derived.__index = Derived
function Derived.new(n) return setmetatable(Base.new(n), Derived) end
function Derived:kind() return "derived" end
local d = Derived.new("d")
print(d:hello(), d:kind()) -- expect: hello from d	derived
print(Base.new("b"):kind()) -- expect: base
