-- A mix of what clients do, in turns on each connection: 5 reads of a submitted assessment, 3
-- what-if scores and 2 creates in every 10 requests. Counts the creates acknowledged (201), which a
-- kill -9 must not lose; prints "created N" when done.
local file = assert(io.open("examples/worked-example-answers.json", "r"))
local answers = file:read("*a")
file:close()
local json = { ["Content-Type"] = "application/json" }
local read = "/api/v1/assessments/" .. assert(os.getenv("BENCH_READ_ID"), "BENCH_READ_ID")
local score = '{"answers": ' .. answers .. '}'
local create = '{"organization": {"name": "' .. (os.getenv("BENCH_ORGANIZATION") or "Bench soak")
    .. '"}, "answers": ' .. answers .. '}'

local threads = {}
function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    turn = 0
    created = 0
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

function response(status, headers, body)
    if status == 201 then
        created = created + 1
    end
end

function done(summary, latency, requests)
    local total = 0
    for _, thread in ipairs(threads) do
        total = total + thread:get("created")
    end
    io.write(string.format("created %d\n", total))
end
