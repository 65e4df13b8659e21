#!/usr/bin/env bash
# How fast the console answers with the demo content plus 2,000 generated resources (and their
# 2,000 revisions in the audit log), on PostgreSQL, all on loopback. A signed-in administrator's
# pages, each with wrk -t1 -c4 for 10 s after a warm-up (a handful of curators, not a crowd).
# Prints requests/s and p50/p99 per page. Figures drift on a shared machine: compare within a run.
# Usage: bench/console.sh          (DURATION=10s CONNECTIONS=4 PORT=8183 RESOURCES=2000)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-4}"
PORT="${PORT:-8183}"
RESOURCES="${RESOURCES:-2000}"
DB=signpost_bench_console
WORK="$(mktemp -d)"
BASE="http://127.0.0.1:$PORT/admin"

command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
[ -f ear/target/signpost-micro.jar ] || mvn -q -B -DskipTests -Dspotless.check.skip=true install
mvn -q -B -pl core dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$WORK/classpath.txt" >/dev/null
CLASSPATH_CORE="core/target/classes:$(cat "$WORK/classpath.txt")"

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
SIGNPOST_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
SIGNPOST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SIGNPOST_DB_USER=postgres SIGNPOST_DB_PASSWORD= \
SIGNPOST_ADMIN_PASSWORD=bench-console-secret SIGNPOST_LINKS_CHECK_HOURS=0 \
  java -Djava.io.tmpdir="$WORK" -jar ear/target/signpost-micro.jar --nocluster --port "$PORT" \
  >"$WORK/signpost.log" 2>&1 &
SIGNPOST_PID=$!
trap 'kill "$SIGNPOST_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
  curl -fs "$BASE/sign-in.xhtml" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$PORT/health/ready" \
    >/dev/null 2>&1 && break
  sleep 1
done

java -cp "$CLASSPATH_CORE" bench/GenerateResources.java \
  "jdbc:postgresql://127.0.0.1:5432/$DB" postgres "$RESOURCES"

# Sign in as a person would: the form, its view state, the session cookie.
SESSION=$(bench/console-session.sh "$BASE" admin bench-console-secret)

printf '%-38s %10s %9s %9s\n' "page" "req/s" "p50" "p99"
for page in index.xhtml topics.xhtml resources.xhtml "resource.xhtml?slug=generated-resource-1000" \
  "topic.xhtml?slug=healthy-relationships" feedback.xhtml audit.xhtml links.xhtml embed.xhtml; do
  code=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: $SESSION" "$BASE/$page")
  if [ "$code" != 200 ] || ! grep -q 'signOutButton' "$WORK/page.html"; then
    echo "$page answered $code without the signed-in page"; exit 1
  fi
  wrk -t1 -c"$CONNECTIONS" -d3s -H "Cookie: $SESSION" "$BASE/$page" >/dev/null
  wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $SESSION" "$BASE/$page" \
    >"$WORK/wrk.txt"
  rps=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$WORK/wrk.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$WORK/wrk.txt")
  non2xx=$(awk '/Non-2xx/ { print $5 }' "$WORK/wrk.txt")
  printf '%-38s %10s %9s %9s %s\n' "$page" "$rps" "$p50" "$p99" "${non2xx:+($non2xx not 2xx)}"
done
