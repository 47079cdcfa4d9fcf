-- A mix of what clients do, in turns on each connection: 5 reads of a submitted assessment, 3
-- what-if scores and 2 creates in every 10 requests. Counts the answers of each status (the creates
-- acknowledged, 201, are those a kill -9 must not lose): prints "created N" and "statuses ..." when
-- done, with report.lua's percentiles.
count_statuses = true
dofile("bench/lua/report.lua")
local file = assert(io.open("examples/worked-example-answers.json", "r"))
local answers = file:read("*a")
file:close()
local read = "/api/v1/assessments/" .. assert(os.getenv("BENCH_READ_ID"), "BENCH_READ_ID")
local score = '{"answers": ' .. answers .. '}'
local create = '{"organization": {"name": "' .. (os.getenv("BENCH_ORGANIZATION") or "Bench soak")
    .. '"}, "answers": ' .. answers .. '}'

local report_init = init
function init(args)
    report_init(args)
    -- wrk.format takes these instead of the command line's headers (the key): both are needed.
    json = { ["Content-Type"] = "application/json" }
    for name, value in pairs(wrk.headers) do
        json[name] = value
    end
    turn = 0
end

function request()
    turn = turn % 10 + 1
    if turn <= 5 then
        return wrk.format("GET", read)
    elseif turn <= 8 then
        return wrk.format("POST", "/api/v1/scores", json, score)
    end
    return wrk.format("POST", "/api/v1/assessments", json, create)
end

local report_done = done
function done(summary, latency, requests)
    io.write(string.format("created %d\n", all_statuses()[201] or 0))
    report_done(summary, latency, requests)
end
