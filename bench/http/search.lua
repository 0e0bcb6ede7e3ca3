-- bench/http/search.lua — "is this child known?" with misspelt names: each request takes the next
-- search from the file the benchmark wrote.
local paths = {}
for line in io.lines(os.getenv("SEARCH_PATHS")) do paths[#paths + 1] = line end
local next_path = 0
request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end
