-- bench/http/intake.lua — durable contact intake through the API: a whole contact about two children
-- and an adult, acknowledged only once it is on disk.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local children = os.getenv("INTAKE_CHILDREN")
local adult = os.getenv("INTAKE_ADULT")
local sequence = 0
request = function()
  sequence = sequence + 1
  local body = '{"received_at":"2026-11-27T09:15","method":"phone","source":"6",' ..
    '"referrer":{"name":"PC Bench"},"children":[' .. children .. '],"adults":[' .. adult .. '],' ..
    '"concern":"Benchmark contact ' .. sequence .. ': police attended a domestic incident.",' ..
    '"family_agreement":"not_asked","urgency":"today"}'
  return wrk.format(nil, nil, nil, body)
end
