-- Rotates through dashboard queries with different filter combinations; ENGINE=raw asks for the naive GROUP BY
-- over the raw flows (staff only, hence the token). Prints p95 like bench/network/p95.lua.
local paths = {
  "/api/v1/insight/totals?granularity=MONTH",
  "/api/v1/insight/totals?granularity=YEAR&flow=EXPORT",
  "/api/v1/insight/growth?country=DE",
  "/api/v1/insight/growth?channel=CBEC&from=2020-01&to=2025-12",
  "/api/v1/insight/partners?limit=15",
  "/api/v1/insight/partners?limit=15&chapter=09&flow=IMPORT",
  "/api/v1/insight/chapters?from=2024-01&to=2024-12",
  "/api/v1/insight/chapters?country=JP",
  "/api/v1/insight/channels?flow=EXPORT",
  "/api/v1/insight/sister-cities?lang=en",
  "/api/v1/insight/totals?country=FR&chapter=85&granularity=YEAR",
  "/api/v1/insight/totals?channel=B2B&chapter=61&from=2022-01&to=2022-12",
}
local engine = os.getenv("ENGINE") or "rollup"
local token = os.getenv("TOKEN") or ""
local n = 0
request = function()
  n = n + 1
  local path = paths[(n % #paths) + 1] .. "&engine=" .. engine
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, requests %d, errors %d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
