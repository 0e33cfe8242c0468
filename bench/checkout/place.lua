-- wrk script: placing orders on their own, POST /api/v1/checkout/orders with an Idempotency-Key, one buyer after
-- another. REVIEWS names a file of "token reviewId" lines: buyers whose carts were reviewed beforehand (run.sh does
-- that, unmeasured). THREADS must equal wrk's -t (default 32). Thread i of n takes lines i, i+n, i+2n, ...; a thread that runs out of reviews only asks
-- /actuator/health from then on and the summary says so: the rate is then a lower bound (prepare more buyers).
-- Any answer other than 201 counts as failed.
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  local count = tonumber(os.getenv("THREADS") or "32") -- as wrk's -t: each thread's own state cannot see the others
  mine = {}
  local n = 0
  for line in io.lines(os.getenv("REVIEWS")) do
    if n % count == index then
      local token, review = string.match(line, "^(%S+) (%S+)$")
      if token then table.insert(mine, { token = token, review = review }) end
    end
    n = n + 1
  end
  next_one = 1
  placed = 0
  failed = 0
  ran_out = 0
  current = nil
end

function request()
  current = mine[next_one]
  if current == nil then
    ran_out = 1
    return wrk.format("GET", "/actuator/health")
  end
  next_one = next_one + 1
  return wrk.format("POST", "/api/v1/checkout/orders", {
    ["Authorization"] = "Bearer " .. current.token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. current.review
  }, '{"reviewId":"' .. current.review .. '"}')
end

function response(status, headers, body)
  if current == nil then return end
  if status == 201 then placed = placed + 1 else failed = failed + 1 end
end

function done(summary, latency, requests)
  local total, bad, out = 0, 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("placed")
    bad = bad + thread:get("failed")
    out = out + thread:get("ran_out")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("buyers=%d seconds=%.1f orders=%d failed=%d orders_per_s=%.1f threads_out_of_reviews=%d\n",
    #threads, seconds, total, bad, total / seconds, out))
end
