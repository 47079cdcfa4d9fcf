-- POST /api/v1/scores with the worked example's complete answers.
dofile("bench/lua/report.lua")
local file = assert(io.open("examples/worked-example-answers.json", "r"))
local answers = file:read("*a")
file:close()
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"answers": ' .. answers .. '}'
