#!/usr/bin/env bash
# CPU that Signpost spends per request on one public address, for one or more bundles in turn:
# the process's own CPU time (user and system, from /proc) over the requests served. Less swayed
# than requests per second by whatever else shares this machine's two cores, so two builds can be
# told apart within one sitting. Each bundle starts on the embedded database, is warmed up for
# WARMUP, then measured ROUNDS times (wrk -t1 -c8 for DURATION).
# Usage: bench/cpu-per-request.sh [JAR...]   (default: ear/target/signpost-micro.jar)
#        ADDRESS=/api/v1/topics WARMUP=60s ROUNDS=3 DURATION=10s PORT=8193
set -euo pipefail
cd "$(dirname "$0")/.."
ADDRESS="${ADDRESS:-/widgets/v1/fragments/resources?topic=healthy-relationships&key-stage=ks3}"
WARMUP="${WARMUP:-60s}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10s}"
PORT="${PORT:-8193}"
TICK_US=$((1000000 / $(getconf CLK_TCK)))
[ $# -gt 0 ] || set -- ear/target/signpost-micro.jar

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

for jar in "$@"; do
  work="$(mktemp -d)"
  SIGNPOST_ADMIN_PASSWORD=bench-only-secret java -Xmx512m -XX:+UseSerialGC \
    -Djava.io.tmpdir="$work" -jar "$jar" --nocluster --port "$PORT" >"$work/signpost.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null 2>&1 && break
    sleep 0.1
  done
  url="http://127.0.0.1:$PORT$ADDRESS"
  curl -fs -o /dev/null "$url" || { echo "$jar: $ADDRESS did not answer 200" >&2; kill "$pid"; exit 1; }
  wrk -t2 -c32 -d"$WARMUP" "$url" >/dev/null
  for round in $(seq 1 "$ROUNDS"); do
    before=$(cpu_ticks "$pid")
    out=$(wrk -t1 -c8 -d"$DURATION" "$url")
    after=$(cpu_ticks "$pid")
    served=$(awk '/requests in/ {print $1}' <<<"$out")
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    printf '%s round %d: %d us of CPU per request, %s req/s\n' \
      "$jar" "$round" $(((after - before) * TICK_US / served)) "$rate"
  done
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
done
