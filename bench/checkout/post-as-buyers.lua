-- wrk script: the same JSON POST as many buyers, expecting 201 (the quote API, checkout reviews).
-- TOKENS names a file with one API token per line, requests rotating over them; POST_PATH is the path and
-- BODY_FILE a file holding the JSON body. THINK_MS (default 0) makes each connection wait that long after an answer
-- before its next request, like a client population with think time instead of clients that never pause. Any answer
-- other than 201 is counted and printed at the end: a run with errors is not a result.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do
    if line ~= "" then table.insert(tokens, line) end
  end
  path = os.getenv("POST_PATH")
  local file = assert(io.open(os.getenv("BODY_FILE"), "r"))
  body = file:read("*a")
  file:close()
  counter = 0
  failed = 0
  think = tonumber(os.getenv("THINK_MS") or "0")
end

function delay()
  return think
end

function request()
  counter = counter + 1
  return wrk.format("POST", path, {
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
