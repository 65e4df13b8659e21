#!/usr/bin/env bash
# Benchmark of the public surface, all on loopback with wrk -t2 -c32 (10 s per run after a warm-up):
#   1. a cached widget fragment (the KS3 resources of Healthy Relationships),
#   2. a resources query through the API, and oEmbed for a topic (answered from the render cache),
#   3. feedback POSTs on PostgreSQL, then counting the rows to check every accepted one is stored,
#   4. nginx serving the same fragment bytes as a static file, in the same run, for the ratio.
# Prints the time from launch to ready (this script's and the one Payara logs), requests/s and
# p50/p99 for each, and Signpost's resident memory at the end (the heap and
# collector are run.sh's, as an operator would start it). Figures drift on a shared machine: compare the ratios.
# Usage: bench/widgets.sh          (DURATION=10s CONNECTIONS=32 PORT=8181 NGINX_PORT=8189)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
PORT="${PORT:-8181}"
NGINX_PORT="${NGINX_PORT:-8189}"
DB=signpost_bench
WORK="$(mktemp -d)"
chmod 755 "$WORK"

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx)
if [ ${#need[@]} -gt 0 ]; then apt-get update && apt-get install -y "${need[@]}"; fi
[ -f ear/target/signpost-micro.jar ] || mvn -q -B -DskipTests -Dspotless.check.skip=true package

JVM_OPTS="${SIGNPOST_JAVA_OPTS:-$(sed -n 's/^JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' run.sh)}"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
# The settings below are given to java itself: a line of assignments alone would only set shell
# variables, and Signpost ran on its embedded database, where the feedback count found no table.
LAUNCHED=$(date +%s%N)
SIGNPOST_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
SIGNPOST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SIGNPOST_DB_USER=postgres SIGNPOST_DB_PASSWORD= \
SIGNPOST_ADMIN_PASSWORD=bench-only-secret SIGNPOST_FEEDBACK_BURST=100000000 \
SIGNPOST_FEEDBACK_PER_MINUTE=100000000 \
  java $JVM_OPTS -Djava.io.tmpdir="$WORK" -jar ear/target/signpost-micro.jar --nocluster --port "$PORT" \
  >"$WORK/signpost.log" 2>&1 &
SIGNPOST_PID=$!
cleanup() {
  kill "$SIGNPOST_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -s stop 2>/dev/null || true
}
trap cleanup EXIT
for _ in $(seq 1 1200); do
  curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null || { echo "Signpost did not become ready" >&2; exit 1; }
READY_MS=$((($(date +%s%N) - LAUNCHED) / 1000000))
PAYARA_MS=$(sed -n 's/.*ready in \([0-9,]*\) (ms).*/\1/p' "$WORK/signpost.log" | tr -d , | head -1)
echo "start to ready: $READY_MS ms from launch to /health/ready UP (Payara: ready in ${PAYARA_MS:-?} ms)"

FRAGMENT="/widgets/v1/fragments/resources?topic=healthy-relationships&key-stage=ks3"
QUERY="/api/v1/resources?key-stage=ks3&q=lessons"
OEMBED="/api/oembed?format=json&url=http%3A%2F%2F127.0.0.1%3A$PORT%2Ftopics%2Fhealthy-relationships"
mkdir -p "$WORK/www" "$WORK/tmp"
curl -fs "http://127.0.0.1:$PORT$FRAGMENT" >"$WORK/www/fragment.html"
bench/static-nginx.sh "$WORK" "$NGINX_PORT"

run() { # name url [wrk args...]
  local name=$1 url=$2
  shift 2
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url" >"$WORK/$name.txt"
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec/ {print $2}' "$WORK/$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/$name.txt")
  errors=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$WORK/$name.txt")
  printf "%-34s %10s req/s   p50 %8s   p99 %8s   non-2xx %s\n" "$name" "$rps" "$p50" "$p99" "${errors:-0}"
  echo "$rps" >"$WORK/$name.rps"
}

echo "Warming up (JIT) ..."
for url in "$FRAGMENT" "$QUERY" "$OEMBED"; do wrk -t2 -c"$CONNECTIONS" -d10s "http://127.0.0.1:$PORT$url" >/dev/null; done
wrk -t2 -c8 -d5s -s bench/feedback-post.lua "http://127.0.0.1:$PORT/api/v1/feedback" >/dev/null
wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$NGINX_PORT/fragment.html" >/dev/null

echo
echo "wrk -t2 -c$CONNECTIONS -d$DURATION, fragment of $(wc -c <"$WORK/www/fragment.html") bytes"
run "nginx, static fragment" "http://127.0.0.1:$NGINX_PORT/fragment.html"
run "Signpost, cached fragment" "http://127.0.0.1:$PORT$FRAGMENT"
run "Signpost, resources query" "http://127.0.0.1:$PORT$QUERY"
run "Signpost, oEmbed for a topic" "http://127.0.0.1:$PORT$OEMBED"
before=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT COUNT(*) FROM feedback")
run "Signpost, feedback POST (PostgreSQL)" "http://127.0.0.1:$PORT/api/v1/feedback" -s bench/feedback-post.lua
after=$(psql -h 127.0.0.1 -U postgres -d "$DB" -Atc "SELECT COUNT(*) FROM feedback")
sent=$(awk '/requests in/ {print $1}' "$WORK/Signpost, feedback POST (PostgreSQL).txt")
refused=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$WORK/Signpost, feedback POST (PostgreSQL).txt")
accepted=$((sent - ${refused:-0}))

echo
awk -v s="$(cat "$WORK/Signpost, cached fragment.rps")" -v n="$(cat "$WORK/nginx, static fragment.rps")" \
  'BEGIN {printf "cached fragment at %.1f%% of nginx'"'"'s rate (goal: 25%% or more)\n", 100 * s / n}'
awk -v s="$(cat "$WORK/Signpost, oEmbed for a topic.rps")" -v f="$(cat "$WORK/Signpost, cached fragment.rps")" \
  'BEGIN {printf "oEmbed at %.1f%% of the cached fragment'"'"'s rate (it fell to 5%% when it read the database per answer)\n", 100 * s / f}'
rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$SIGNPOST_PID/status")
hwm=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$SIGNPOST_PID/status")
echo "resident memory: $rss MiB now, $hwm MiB at most (goal: 600 MiB at most; $JVM_OPTS)"
stored=$((after - before))
# wrk stops with up to one request per connection in flight: those are stored but not counted.
echo "feedback: $accepted answered 2xx (of $sent completed), $stored rows stored" \
  "($((stored - accepted)) in flight when wrk stopped, at most $CONNECTIONS)"
if [ "$stored" -lt "$accepted" ] || [ "$((stored - accepted))" -gt "$CONNECTIONS" ]; then
  echo "MISMATCH: accepted feedback and stored rows do not agree" >&2
  exit 1
fi
