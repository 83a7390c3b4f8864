-- wrk script: POST /v1/events with batches of 100 new events (views and purchases of random
-- MovieLens users and items; ids never repeat), paced by DELAY_MS per connection.
local key = os.getenv("KEY")
local pause = tonumber(os.getenv("DELAY_MS") or "0")
if pause > 0 then
  delay = function() return pause end
end
local counter = 0
local prefix
init = function(args)
  math.randomseed(os.time() + math.random(1, 1000000))
  prefix = tostring(os.time()) .. "-" .. tostring(math.random(1, 1000000000))
end
request = function()
  local parts = {}
  for i = 1, 100 do
    counter = counter + 1
    local kind = (math.random(1, 4) == 1) and "purchase" or "view"
    parts[i] = string.format(
      '{"id":"load-%s-%d","user":"%d","item":"%d","type":"%s","time":"2026-11-28T06:00:00Z"}',
      prefix, counter, math.random(1, 943), math.random(1, 1682), kind)
  end
  return wrk.format("POST", "/v1/events",
    {["Authorization"] = "Bearer " .. key, ["Content-Type"] = "application/json"},
    "[" .. table.concat(parts, ",") .. "]")
end
