-- A script that never ends and tries to catch the error that stops it.
rounds = 0
function report() print("rounds before the stop: " .. (rounds > 0 and "some" or "none")) end
while true do
  pcall(function() while true do rounds = rounds + 1 end end)
end
