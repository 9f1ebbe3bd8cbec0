-- # of a table with holes (a border; implementation-defined, but PUC's choice is observable)
local t = {nil, 2, 3, 4, 5, nil}
t[13] = nil       -- PUC creates the key slot even when storing nil
t[8] = 1
print(#t)         -- PUC: 8
