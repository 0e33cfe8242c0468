-- wrk script: the landed-cost quote API, POST /api/v1/landed-cost/quotes, a 3-item cart from China to Finland
-- (the same body as CheckoutBench's quotes). TOKENS names a file with one API token per line; requests rotate
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
  body = '{"origin":"CN","destination":"FI","incoterm":"DDP","items":['
    .. '{"hsCode":"090230","originCountry":"CN","quantity":2,"unitPrice":{"amount":"48.00","currency":"CNY"},"weightKg":"0.2"},'
    .. '{"hsCode":"732393","originCountry":"CN","quantity":1,"unitPrice":{"amount":"260.00","currency":"CNY"},"weightKg":"2.1"},'
    .. '{"hsCode":"200599","originCountry":"CN","quantity":3,"unitPrice":{"amount":"35.00","currency":"CNY"},"weightKg":"0.5"}],'
    .. '"shipping":{"amount":"11.00","currency":"EUR"},"currency":"EUR"}'
end

function request()
  counter = counter + 1
  return wrk.format("POST", "/api/v1/landed-cost/quotes", {
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
