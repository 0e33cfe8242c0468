-- wrk script: the landed-cost quote API, POST /api/v1/checkout/reviews of the buyers' carts filled by the add-to-cart phase (up to 5 lines each)
-- TOKENS names a file with one API token per line; requests rotate
-- over them. Any answer other than 201 is counted and printed at the end: a run with errors is not a result.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do
    if line ~= "" then table.insert(tokens, line) end
  end
  counter = 0
  failed = 0
  body = '{"address": {"name": "Aino Virtanen", "line1": "Tikkurilantie 1", "city": "Vantaa",'
    .. ' "postalCode": "01300", "country": "FI"}}'
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/checkout/reviews", {
    ["Authorization"] = "Bearer " .. tokens[(counter % #tokens) + 1],
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json"
  }, body)
end

function response(status, headers, body)
  if status ~= 201 then failed = failed + 1 end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  io.write(string.format("answers other than 201: %d\n", failures))
end
