-- wrk as a peer for bench/bulk.cpp: the same POST, over and over, on each connection. The body comes from the
-- environment so that bulk.cpp states it once.
wrk.method = "POST"
wrk.body = os.getenv("TIMREST_BENCH_BODY")
wrk.headers["Content-Type"] = "application/json"
