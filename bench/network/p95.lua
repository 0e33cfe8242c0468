-- wrk prints 50/75/90/99 percentiles; the benchmark's criterion is p95.
done = function(summary, latency, requests)
  io.write(string.format("p95 %.2f ms, p99 %.2f ms, requests %d, errors %d\n",
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
