-- wrk script: cycles through the requests listed in the file named after "--", one a line:
--   path<TAB>header name<TAB>header value   (the header is optional)
-- Each thread starts at a different line, so that the connections do not ask the same thing at the same time.
local requests = {}
local i = 0
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

function init(args)
  for line in io.lines(args[1]) do
    local path, name, value = line:match("^([^\t]+)\t?([^\t]*)\t?(.*)$")
    if path then
      local headers = {}
      if name ~= nil and name ~= "" then headers[name] = value end
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
  end
  i = (offset or 0) % #requests
end

function request()
  i = i % #requests + 1
  return requests[i]
end
-- Answers other than 2xx/3xx show in wrk's report as "Non-2xx or 3xx responses"; run.sh refuses such a window.
