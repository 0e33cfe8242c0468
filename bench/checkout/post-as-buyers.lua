-- wrk script: JSON POSTs as many buyers, expecting 201 (the quote API, checkout reviews).
-- TOKENS names a file with one API token per line, requests rotating over them; POST_PATH is the path. The body
-- varies with the request: BODY=review posts each buyer's review with an address in the buyer's own market
-- (markets.lua: buyer i of the file lives in MARKETS[i % n], as run.sh chose it); BODY=quote posts a quote
-- request of 1 to 3 items, 1 to 4 units each, to a random market of MARKETS; otherwise BODY_FILE names a file
-- holding one fixed JSON body. THINK_MS (default 0) makes each connection wait that long after an answer
-- before its next request, like a client population with think time instead of clients that never pause. Any answer
-- other than 201 is counted and printed at the end: a run with errors is not a result.
local markets = dofile("bench/checkout/markets.lua")
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do
    if line ~= "" then table.insert(tokens, line) end
  end
  path = os.getenv("POST_PATH")
  kind = os.getenv("BODY") or ""
  if kind == "review" then
    reviews = {}
    for i = 1, #tokens do reviews[i] = markets.review(markets.of(i - 1)) end
  elseif kind ~= "quote" then
    local file = assert(io.open(os.getenv("BODY_FILE"), "r"))
    body = file:read("*a")
    file:close()
  end
  math.randomseed(os.time() * 1000 + index)
  -- the threads (THREADS, default 2, as wrk -t) start that share of the buyers apart, so that one buyer's requests do not run side by side
  counter = index * math.floor(#tokens / tonumber(os.getenv("THREADS") or "2"))
  failed = 0
  think = tonumber(os.getenv("THINK_MS") or "0")
end

function delay()
  return think
end

function request()
  counter = counter + 1
  local i = (counter % #tokens) + 1
  local payload = body
  if kind == "review" then payload = reviews[i] elseif kind == "quote" then payload = markets.quote() end
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. tokens[i],
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json"
  }, payload)
end

function response(status, headers, body)
  if status ~= 201 then failed = failed + 1 end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do failures = failures + thread:get("failed") end
  io.write(string.format("answers other than 201: %d\n", failures))
end
