-- Shared by the wrk scripts: the markets the benchmark buyers live in, so that the load varies its inputs. MARKETS
-- (default "FI,DE,FR,BG,GB") lists the countries; buyer i of a tokens file (0-based line) lives in MARKETS[i % n],
-- as run.sh and CheckoutBench.java assign them. Each country has a valid address for reviews.
local addresses = {
  FI = { name = "Aino Virtanen", line1 = "Tikkurilantie 1", city = "Vantaa", postal = "01300", currency = "EUR" },
  DE = { name = "Jonas Weber", line1 = "Invalidenstrasse 12", city = "Berlin", postal = "10115", currency = "EUR" },
  FR = { name = "Camille Martin", line1 = "12 rue de Rivoli", city = "Paris", postal = "75001", currency = "EUR" },
  BG = { name = "Ivan Petrov", line1 = "ul. Vitosha 5", city = "Sofia", postal = "1000", currency = "EUR" },
  GB = { name = "Amelia Jones", line1 = "1 Hertford Street", city = "Coventry", postal = "CV1 5RR", currency = "GBP" },
}
local M = {}
M.list = {}
for c in string.gmatch(os.getenv("MARKETS") or "FI,DE,FR,BG,GB", "[^,]+") do table.insert(M.list, c) end

-- the country of buyer i (0-based line of the tokens file)
function M.of(i) return M.list[(i % #M.list) + 1] end

function M.currency(country) return addresses[country].currency end

-- the JSON body of POST /api/v1/checkout/reviews for a buyer in that country
function M.review(country)
  local a = addresses[country]
  return string.format('{"address": {"name": "%s", "line1": "%s", "city": "%s", "postalCode": "%s", "country": "%s"}}',
    a.name, a.line1, a.city, a.postal, country)
end

local hs = { { "090230", "CNY", "48.00", "0.5" }, { "732391", "CNY", "259.00", "3.2" },
             { "200599", "CNY", "35.00", "0.5" }, { "691110", "CNY", "128.00", "0.6" },
             { "121190", "CNY", "45.00", "0.5" }, { "210310", "CNY", "32.00", "0.5" } }

-- a quote request of 1 to 3 items (each of 1 to 4 units) from China to a random market of the list
function M.quote()
  local country = M.list[math.random(#M.list)]
  local items = {}
  for _ = 1, math.random(3) do
    local h = hs[math.random(#hs)]
    table.insert(items, string.format(
      '{"hsCode":"%s","originCountry":"CN","quantity":%d,"unitPrice":{"amount":"%s","currency":"%s"},"weightKg":"%s"}',
      h[1], math.random(4), h[3], h[2], h[4]))
  end
  local currency = addresses[country].currency
  return string.format('{"origin":"CN","destination":"%s","incoterm":"DDP","items":[%s],'
    .. '"shipping":{"amount":"%d.00","currency":"%s"},"currency":"%s"}',
    country, table.concat(items, ","), 8 + math.random(10), currency, currency)
end

return M
