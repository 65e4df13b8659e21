-- wrk: one "Was this page helpful?" answer per request, as the widget sends it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Origin"] = "http://127.0.0.2:9001"
wrk.body = '{"topic":"healthy-relationships","page":"/bench","helpful":true,"comment":"Useful for Key Stage 3"}'
