-- wrk script: GET /v1/users/{random MovieLens user}/recommendations?k=10, paced by DELAY_MS per
-- connection (0 = as fast as possible). The API key comes from the KEY environment variable.
math.randomseed(7)
local key = os.getenv("KEY")
local pause = tonumber(os.getenv("DELAY_MS") or "0")
if pause > 0 then
  delay = function() return pause end
end
request = function()
  local user = math.random(1, 943)
  return wrk.format("GET", "/v1/users/" .. user .. "/recommendations?k=10",
    {["Authorization"] = "Bearer " .. key})
end
