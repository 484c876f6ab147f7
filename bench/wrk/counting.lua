-- Shared by the wrk scripts: counts answers by status in each wrk thread and, when the run ends,
-- writes them with the latency percentiles to the JSON file named by BENCH_RESULT_FILE, which
-- bench/request_cost.py reads. Scripts that send bodies also count what they sent and keep the
-- marker of each acknowledged (201) submission, so the stored rows can be checked against them.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_number", #threads)
end

statuses = {}
sent = 0
acknowledged = {}

function count_answer(status)
   statuses[status] = (statuses[status] or 0) + 1
end

function response(status, headers, body)
   count_answer(status)
end

local function json_list(items)
   local quoted = {}
   for i, item in ipairs(items) do
      quoted[i] = '"' .. item .. '"'
   end
   return "[" .. table.concat(quoted, ",") .. "]"
end

function done(summary, latency, requests)
   local totals, markers, requested = {}, {}, 0
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         totals[status] = (totals[status] or 0) + count
      end
      requested = requested + thread:get("sent")
      for _, marker in ipairs(thread:get("acknowledged")) do
         table.insert(markers, marker)
      end
   end
   local status_fields = {}
   for status, count in pairs(totals) do
      table.insert(status_fields, string.format('"%d":%d', status, count))
   end
   local errors = summary.errors
   local file = assert(io.open(os.getenv("BENCH_RESULT_FILE"), "w"))
   file:write(string.format(
      '{"duration_us":%d,"requests":%d,"sent":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,' ..
      '"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},"statuses":{%s},"acknowledged":%s}\n',
      summary.duration, summary.requests, requested,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
      errors.connect, errors.read, errors.write, errors.timeout,
      table.concat(status_fields, ","), json_list(markers)))
   file:close()
end
