-- wrk script of the bench: `wrk ... -s bench/wrk.lua URL -- METHOD COOKIE BODY`.
-- Sends the session cookie (and a url-encoded POST body), then prints one line of JSON in done().
local method, cookie, body = "GET", "", nil

function init(args)
  method = args[1] or "GET"
  cookie = args[2] or ""
  if args[3] and args[3] ~= "" then body = args[3] end
end

function request()
  local headers = {}
  if cookie ~= "" then headers["Cookie"] = cookie end
  if body then headers["Content-Type"] = "application/x-www-form-urlencoded" end
  return wrk.format(method, nil, headers, body)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "seconds": %.3f, "rps": %.2f, "p50_ms": %.2f, "p95_ms": %.2f, ' ..
    '"p99_ms": %.2f, "status_errors": %d, "socket_errors": %d}\n',
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, e.status,
    e.connect + e.read + e.write + e.timeout))
end
