-- wrk's script for the bench (load.ts): the headers a reader's browser sends, the paths to send in
-- turn when there are several, and at the end one line of JSON with what load.ts reads (counts,
-- errors, latency in µs and the tail of its distribution). Set by load.ts in the environment:
-- HAMGEN_ACCEPT_ENCODING, and HAMGEN_ROTATE_PATHS (paths separated by spaces) for a target of
-- several paths; a single path is the URL's, and wrk then sends one prepared request with no Lua
-- per request.
wrk.headers["Accept-Encoding"] = os.getenv("HAMGEN_ACCEPT_ENCODING")

local rotate = os.getenv("HAMGEN_ROTATE_PATHS")
if rotate and rotate ~= "" then
  local prepared = {}
  local turn = 0
  function init(args)
    for path in rotate:gmatch("%S+") do prepared[#prepared + 1] = wrk.format("GET", path) end
  end
  function request()
    turn = turn % #prepared + 1
    return prepared[turn]
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  -- The tail from p90 to p99.9 in steps of 0.1: load.ts merges the tails of several runs into one p99.
  local tail = {}
  for i = 0, 99 do tail[#tail + 1] = string.format("%d", latency:percentile(90 + i / 10)) end
  io.write(string.format(
    'WRK_RESULT {"requests":%d,"durationUs":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,"p50Us":%d,"p99Us":%d,"maxUs":%d,"tailUs":[%s]}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max, table.concat(tail, ",")))
end
