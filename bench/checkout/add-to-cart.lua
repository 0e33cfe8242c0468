-- wrk script: add one unit of a variant to a buyer's cart, POST /api/v1/cart/lines, as in performance-anchors.md.
-- TOKENS names a file with one API token per line (buyers whose cart has a market chosen), VARIANTS holds
-- comma-separated variant ids. The two threads take disjoint halves of the buyers and hand them out in turn,
-- so the requests in flight belong to different buyers (changes to one cart are serialized by the server). Each
-- buyer cycles over 5 variants, so a cart holds at most 5 lines, as a shopper's cart would.
local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

function init(args)
  tokens = {}
  for line in io.lines(os.getenv("TOKENS")) do
    if line ~= "" then table.insert(tokens, line) end
  end
  variants = {}
  for v in string.gmatch(os.getenv("VARIANTS"), "[^,]+") do table.insert(variants, v) end
  local half = math.floor(#tokens / 2)
  first = index * half
  size = half
end

function request()
  local buyer = counter % size
  local round = math.floor(counter / size)
  counter = counter + 1
  local variant = variants[((first + buyer + round % 5) % #variants) + 1]
  return wrk.format("POST", "/api/v1/cart/lines", {
    ["Authorization"] = "Bearer " .. tokens[first + buyer + 1],
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json"
  }, '{"variantId":' .. variant .. ',"quantity":1}')
end
