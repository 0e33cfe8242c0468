-- wrk script: the buyer's whole checkout, one buyer per connection (run with as many threads as connections):
-- add a line (POST /api/v1/cart/lines), review it with its landed-cost quote (POST /api/v1/checkout/reviews),
-- place the order (POST /api/v1/checkout/orders with an Idempotency-Key). TOKENS names a file with one API token
-- per line (buyers whose cart has a market chosen), VARIANTS holds comma-separated variant ids. The summary line
-- counts placed orders; any unexpected answer is counted as failed and the buyer starts over.
-- The inputs vary: each buyer lives in its own market (markets.lua, MARKETS), and each order holds one or two lines
-- (three times in four one) of a random variant, 1 to 3 units each.
local markets = dofile("bench/checkout/markets.lua")
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  local tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do
    if line ~= "" then table.insert(tokens, line) end
  end
  variants = {}
  for v in string.gmatch(os.getenv("VARIANTS"), "[^,]+") do table.insert(variants, v) end
  token = tokens[(index % #tokens) + 1]
  country = markets.of(index % #tokens)
  review_body = markets.review(country)
  math.randomseed(os.time() * 1000 + index)
  lines_left = 0
  run = string.format("%x%04x", os.time(), index)
  step = 0
  placed = 0
  failed = 0
  review = nil
end

local function headers(extra)
  local h = { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
              ["Accept"] = "application/json" }
  if extra then h["Idempotency-Key"] = extra end
  return h
end

function request()
  if step == 0 then
    if lines_left == 0 then lines_left = (math.random(4) == 4) and 2 or 1 end
    local variant = variants[math.random(#variants)]
    return wrk.format("POST", "/api/v1/cart/lines", headers(),
      '{"variantId":' .. variant .. ',"quantity":' .. math.random(3) .. '}')
  elseif step == 1 then
    return wrk.format("POST", "/api/v1/checkout/reviews", headers(), review_body)
  else
    return wrk.format("POST", "/api/v1/checkout/orders", headers(run .. "-" .. placed .. "-" .. failed),
      '{"reviewId":"' .. review .. '"}')
  end
end

function response(status, headers, body)
  if step == 0 and status == 200 then
    lines_left = lines_left - 1
    if lines_left == 0 then step = 1 end
  elseif step == 1 and status == 201 then
    review = string.match(body, '"id"%s*:%s*"?([%x%-]+)"?')
    step = review and 2 or 0
    if not review then failed = failed + 1 end
  elseif step == 2 and status == 201 then
    placed = placed + 1
    step = 0
  else
    failed = failed + 1
    step = 0
    lines_left = 0
  end
end

function done(summary, latency, requests)
  local total, bad = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("placed")
    bad = bad + thread:get("failed")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("buyers=%d seconds=%.1f orders=%d failed=%d orders_per_s=%.1f\n",
    #threads, seconds, total, bad, total / seconds))
end
