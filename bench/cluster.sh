#!/usr/bin/env bash
# Benchmark of scaling out, in one run on loopback with wrk -t2 -c32 (10 s per run after a warm-up):
#   1. one instance, straight to it;
#   2. two instances behind the cluster's nginx, past its cache (each request carries a cookie);
#   3. two instances behind nginx with its cache (public GETs, as schools' pages send them);
#   4. nginx serving the same fragment bytes as a static file: the ceiling.
# For the widget fragment, the resources API and feedback POSTs (never cached): requests/s, p50,
# p99 and the share of nginx's static rate. Then checks that every accepted answer is stored.
# The machine drifts by a third within minutes: compare the ratios, not the figures.
# Usage: bench/cluster.sh          (DURATION=10s CONNECTIONS=32 BASE_PORT=8380 NGINX_PORT=8389)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
BASE_PORT="${BASE_PORT:-8380}"
NGINX_PORT="${NGINX_PORT:-8389}"
WORK="$(mktemp -d)"
chmod 755 "$WORK"
export SIGNPOST_CLUSTER_DIR="$WORK/cluster" SIGNPOST_CLUSTER_PORT="$BASE_PORT"
export SIGNPOST_CLUSTER_DB=signpost_bench_cluster
export SIGNPOST_ADMIN_PASSWORD=bench-only-secret SIGNPOST_LINKS_CHECK_HOURS=0
export SIGNPOST_FEEDBACK_BURST=100000000 SIGNPOST_FEEDBACK_PER_MINUTE=100000000

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then apt-get update && apt-get install -y "${need[@]}"; fi
[ -f ear/target/signpost-micro.jar ] || mvn -q -B -DskipTests -Dspotless.check.skip=true package

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $SIGNPOST_CLUSTER_DB" >/dev/null
cleanup() {
  ./cluster.sh down >/dev/null 2>&1 || true
  [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT

FRAGMENT="/widgets/v1/fragments/resources?topic=healthy-relationships&key-stage=ks3"
QUERY="/api/v1/resources?key-stage=ks3&q=lessons"
FEEDBACK="/api/v1/feedback"
ONE="http://127.0.0.1:$((BASE_PORT + 1))"
FRONT="http://127.0.0.1:$BASE_PORT"

./cluster.sh up 1 >"$WORK/up-1.log"

mkdir -p "$WORK/www" "$WORK/tmp"
curl -fs "$ONE$FRAGMENT" >"$WORK/www/fragment.html"
bench/static-nginx.sh "$WORK" "$NGINX_PORT"

measure() { # label url [wrk args...]: prints a line, keeps the rate in $WORK/<label>.rps
  local label=$1 url=$2
  shift 2
  local out="$WORK/${label// /_}.txt"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$out"
  local rps
  rps=$(awk '/^Requests\/sec/ {print $2}' "$out")
  echo "$rps" >"${out%.txt}.rps"
  printf "%-44s %10s req/s  p50 %8s  p99 %8s  non-2xx %s  %5.1f%% of nginx\n" "$label" "$rps" \
    "$(awk '$1 == "50%" {print $2}' "$out")" "$(awk '$1 == "99%" {print $2}' "$out")" \
    "$(awk '/Non-2xx or 3xx responses/ {print $5}' "$out" | grep . || echo 0)" \
    "$(awk -v s="$rps" -v n="$(cat "$WORK/nginx_static.rps" 2>/dev/null || echo "$rps")" \
      'BEGIN {print 100 * s / n}')"
}
warm() { wrk -t2 -c"$CONNECTIONS" -d"$1" "${@:2}" >/dev/null; }
rows() { psql -h 127.0.0.1 -U postgres -d "$SIGNPOST_CLUSTER_DB" -Atc "SELECT COUNT(*) FROM feedback"; }

echo "Warming up (JIT) ..."
warm 10s "$ONE$FRAGMENT"; warm 10s "$ONE$QUERY"; warm 5s -s bench/feedback-post.lua "$ONE$FEEDBACK"
warm 3s "http://127.0.0.1:$NGINX_PORT/fragment.html"
echo
echo "wrk -t2 -c$CONNECTIONS -d$DURATION, fragment of $(wc -c <"$WORK/www/fragment.html") bytes"
before=$(rows)
measure "nginx static" "http://127.0.0.1:$NGINX_PORT/fragment.html"
measure "1 instance: fragment" "$ONE$FRAGMENT"
measure "1 instance: API" "$ONE$QUERY"
measure "1 instance: feedback POST" "$ONE$FEEDBACK" -s bench/feedback-post.lua

./cluster.sh up 2 >"$WORK/up-2.log"
warm 10s -H "Cookie: bench=1" "$FRONT$FRAGMENT"; warm 10s -H "Cookie: bench=1" "$FRONT$QUERY"
measure "2 behind nginx, past its cache: fragment" "$FRONT$FRAGMENT" -H "Cookie: bench=1"
measure "2 behind nginx, past its cache: API" "$FRONT$QUERY" -H "Cookie: bench=1"
measure "2 behind nginx: feedback POST" "$FRONT$FEEDBACK" -s bench/feedback-post.lua
measure "2 behind nginx, cached: fragment" "$FRONT$FRAGMENT"
measure "2 behind nginx, cached: API" "$FRONT$QUERY"
after=$(rows)

sent=0
refused=0
for label in "1 instance: feedback POST" "2 behind nginx: feedback POST"; do
  out="$WORK/${label// /_}.txt"
  sent=$((sent + $(awk '/requests in/ {print $1}' "$out")))
  refused=$((refused + $(awk '/Non-2xx or 3xx responses/ {print $5}' "$out" | grep . || echo 0)))
done
accepted=$((sent - refused))
stored=$((after - before))
echo
# wrk stops with up to one request per connection in flight: stored, not counted.
echo "feedback: $accepted answered 2xx (of $sent completed), $stored rows stored"
if [ "$stored" -lt "$accepted" ] || [ "$((stored - accepted))" -gt "$((2 * CONNECTIONS))" ]; then
  echo "MISMATCH: accepted feedback and stored rows do not agree" >&2
  exit 1
fi
