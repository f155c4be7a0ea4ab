-- wrk script: GET /api/search with the queries of a topics file (qid<TAB>query), in turn.
-- Usage: QUERIES=../shared/eval/ipq-perf.topics.tsv wrk -t2 -c32 -d30s --latency -s bench/search-load.lua http://127.0.0.1:7070
local queries = {}
local counter = 0

local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local file = assert(io.open(os.getenv("QUERIES") or "../shared/eval/ipq-perf.topics.tsv", "r"))
for line in file:lines() do
  local query = line:match("^[^\t]*\t(.*)$") or line
  if query ~= "" then table.insert(queries, "/api/search?q=" .. encode(query)) end
end
file:close()

request = function()
  counter = counter + 1
  return wrk.format("GET", queries[(counter % #queries) + 1])
end

-- Counts answers other than 200, which wrk reports only as "Non-2xx or 3xx".
local errors = 0
response = function(status)
  if status ~= 200 then errors = errors + 1 end
end
