-- What every bench run reports when wrk is done, on one line the scripts read:
--   PERCENTILES p50=... p95=... p99=... requests=... errors=...   (milliseconds; errors: non-2xx
--   answers and socket errors, which make the figures meaningless)
-- With BENCH_COUNT_STATUSES=1, also each status seen ("statuses 200:n 500:m") and the first
-- answer that was not 2xx, cut to 300 characters. That needs a Lua call per answer, which costs
-- the load generator CPU: the scripts turn it on only to say why a run failed, and in the soak.
-- Loaded by the other scripts here (dofile) or given to wrk as it is, for a plain GET.
local threads = {}
count_statuses = count_statuses or os.getenv("BENCH_COUNT_STATUSES") == "1"

-- In smoke mode (BENCH_SMOKE=1) each connection waits 100 ms between an answer and its next
-- request: the same requests and checks at a light load, so that smoke runs side by side leave
-- each other CPU to start their services; the figures mean nothing either way.
if os.getenv("BENCH_SMOKE") == "1" then
    function delay()
        return 100
    end
end

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    statuses = {}
    first_failing = nil
end

if count_statuses then
    function response(status, headers, body)
        statuses[status] = (statuses[status] or 0) + 1
        if (status < 200 or status > 299) and first_failing == nil then
            first_failing = status .. " " .. string.sub(body or "", 1, 300):gsub("%s+", " ")
        end
    end
end

-- The statuses of every thread added up, as "status:count" sorted.
function all_statuses()
    local all = {}
    for _, thread in ipairs(threads) do
        for status, n in pairs(thread:get("statuses") or {}) do
            all[status] = (all[status] or 0) + n
        end
    end
    return all
end

function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format("PERCENTILES p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.requests, errors.status + errors.connect + errors.read + errors.write + errors.timeout))
    if count_statuses then
        local seen = {}
        for status, n in pairs(all_statuses()) do
            table.insert(seen, status .. ":" .. n)
        end
        table.sort(seen)
        io.write("statuses " .. table.concat(seen, " ") .. "\n")
        for _, thread in ipairs(threads) do
            local failing = thread:get("first_failing")
            if failing then
                io.write("first failing answer: " .. failing .. "\n")
                break
            end
        end
    end
end
