-- wrk: one "Was this page helpful?" answer per request, as the widget sends it, each from a reader
-- of its own (X-Forwarded-For, as nginx in front passes it on) with a key of its own, so that
-- neither the per-client limit nor the once-per-key rule holds the benchmark back.
local body = '{"topic":"healthy-relationships","page":"/bench","helpful":true,"comment":"Useful for Key Stage 3"}'
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local sent = 0
local run = nil

request = function()
  if run == nil then
    math.randomseed(os.time() + (id or 0) * 7919)
    run = string.format("%d-%d", os.time(), math.random(1, 1000000000))
  end
  sent = sent + 1
  local headers = {
    ["Content-Type"] = "application/json",
    ["Origin"] = "http://127.0.0.2:9001",
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, id or 0, sent),
    ["X-Forwarded-For"] = string.format("10.%d.%d.%d", id or 0, math.floor(sent / 250) % 250, 1 + sent % 250),
  }
  return wrk.format("POST", nil, headers, body)
end
