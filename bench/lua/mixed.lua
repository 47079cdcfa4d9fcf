-- A mix of what clients do, in turns on each connection: 5 reads of a submitted assessment, 3
-- what-if scores and 2 creates in every 10 requests. Counts the creates acknowledged (201), which a
-- kill -9 must not lose; prints "created N" when done, and how many answers had each status.
local file = assert(io.open("examples/worked-example-answers.json", "r"))
local answers = file:read("*a")
file:close()
local read = "/api/v1/assessments/" .. assert(os.getenv("BENCH_READ_ID"), "BENCH_READ_ID")
local score = '{"answers": ' .. answers .. '}'
local create = '{"organization": {"name": "' .. (os.getenv("BENCH_ORGANIZATION") or "Bench soak")
    .. '"}, "answers": ' .. answers .. '}'

local threads = {}
function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    -- wrk.format takes these instead of the command line's headers (the key): both are needed.
    json = { ["Content-Type"] = "application/json" }
    for name, value in pairs(wrk.headers) do
        json[name] = value
    end
    turn = 0
    created = 0
    statuses = {}
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
    statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
    local total = 0
    local all = {}
    for _, thread in ipairs(threads) do
        total = total + thread:get("created")
        for status, n in pairs(thread:get("statuses")) do
            all[status] = (all[status] or 0) + n
        end
    end
    io.write(string.format("created %d\n", total))
    local seen = {}
    for status, n in pairs(all) do
        table.insert(seen, status .. ":" .. n)
    end
    table.sort(seen)
    io.write("statuses " .. table.concat(seen, " ") .. "\n")
end
