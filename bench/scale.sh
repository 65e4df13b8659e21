#!/usr/bin/env bash
# Signpost at the scale of a busy regional service, on PostgreSQL, all on loopback: 100,000
# resources, a topic with 1,000 of them attached, and 1,000,000 feedback answers, generated in the
# database itself. Prints, for one run:
#   - start to ready (empty database: migrations and the demo content; then again on the scale data);
#   - resource text search through the API, p50/p99/max over uncached queries (each query once);
#   - the topic page and the widget fragment of the 1,000-resource topic, uncached (the content
#     revision moved before each request);
#   - each console page for a signed-in administrator, and the feedback CSV export (its size);
#   - resident memory of the Signpost process at the end.
# Figures drift on a shared machine: compare within a run.
# Usage: bench/scale.sh     (RESOURCES=100000 FEEDBACK=1000000 QUERIES=200 PORT=8184, and
#                           DB_PARAMETERS, appended to the JDBC address, such as
#                           "?options=-c%20max_parallel_workers_per_gather%3D0")
set -euo pipefail
cd "$(dirname "$0")/.."
RESOURCES="${RESOURCES:-100000}"
FEEDBACK="${FEEDBACK:-1000000}"
QUERIES="${QUERIES:-200}"
PORT="${PORT:-8184}"
DB=signpost_bench_scale
WORK="$(mktemp -d)"
SITE="http://127.0.0.1:$PORT"
PSQL=(psql -h 127.0.0.1 -U postgres -d "$DB" -qAt -v ON_ERROR_STOP=1)
# The words generated titles and descriptions are made of, and searches are made from.
VOCABULARY="anxiety bullying consent friendship online safety sleep exercise nutrition vaping alcohol
smoking mental health wellbeing puberty relationships family carers school nurse lesson plan guidance
booklist counselling helpline emergency respect kindness trust abuse neglect grooming gangs
exploitation self-harm eating disorders grief loss divorce fostering adoption disability autism
dyslexia asthma diabetes epilepsy allergies vaccination dental hygiene sunburn hearing sight gaming
screen time social media privacy passwords sexting pornography contraception pregnancy periods
identity gender sexuality racism inclusion transition exams revision stress resilience"
VOCABULARY="${VOCABULARY//$'\n'/ }"
N=$(wc -w <<<"$VOCABULARY")

[ -f ear/target/signpost-micro.jar ] || mvn -q -B -DskipTests -Dspotless.check.skip=true install

JVM_OPTS="${SIGNPOST_JAVA_OPTS:-$(sed -n 's/^JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' run.sh)}"
start_signpost() {
  local started
  started=$(date +%s%N)
  SIGNPOST_DB_DRIVER=org.postgresql.ds.PGSimpleDataSource \
  SIGNPOST_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB${DB_PARAMETERS:-}" SIGNPOST_DB_USER=postgres \
  SIGNPOST_DB_PASSWORD= SIGNPOST_ADMIN_PASSWORD=bench-scale-secret SIGNPOST_LINKS_CHECK_HOURS=0 \
  SIGNPOST_FEEDBACK_BURST=1000000 \
    java $JVM_OPTS -Xlog:gc:file="$WORK/gc.log" \
    -Djava.io.tmpdir="$WORK" -jar ear/target/signpost-micro.jar --nocluster --port "$PORT" \
    >>"$WORK/signpost.log" 2>&1 &
  SIGNPOST_PID=$!
  for _ in $(seq 1 1800); do
    curl -fs "$SITE/health/ready" >/dev/null 2>&1 && break
    sleep 0.1
  done
  curl -fs "$SITE/health/ready" >/dev/null || { echo "Signpost did not start"; tail -50 "$WORK/signpost.log"; exit 1; }
  STARTED_IN_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}
SIGNPOST_PID=
stop_signpost() {
  [ -z "$SIGNPOST_PID" ] || { kill "$SIGNPOST_PID" 2>/dev/null || true; wait "$SIGNPOST_PID" 2>/dev/null || true; }
}
trap stop_signpost EXIT

# Milliseconds for one GET, failing on anything but 200.
timed_get() {
  local out
  out=$(curl -s -o "$WORK/body" -w '%{http_code} %{time_total}' "$@")
  [ "${out%% *}" = 200 ] || { echo "GET $* answered ${out%% *}" >&2; exit 1; }
  awk -v t="${out#* }" 'BEGIN { printf "%.1f\n", t * 1000 }'
}

# p50, p99 and max of the milliseconds in a file, one per line.
summary() {
  sort -n "$1" | awk '{ v[NR] = $1 } END {
    p50 = v[int((NR + 1) * 0.50)]; p99 = v[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1];
    printf "p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (n=%d)\n", p50, p99, v[NR], NR }'
}

move_revision() {
  "${PSQL[@]}" -c "UPDATE signpost_state SET content_revision = content_revision + 1"
  sleep 0.7 # the background check sees it within 0.5 s
}

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
start_signpost
empty_start=$STARTED_IN_MS

echo "Generating $RESOURCES resources and $FEEDBACK feedback answers..."
"${PSQL[@]}" <<SQL
CREATE TEMP TABLE words (n INT, word TEXT);
INSERT INTO words SELECT row_number() OVER () - 1, w FROM unnest(string_to_array(
  '$VOCABULARY',
  ' ')) AS w WHERE w <> '';
INSERT INTO organisation (slug, name, home_page)
  SELECT 'scale-provider-' || g, 'Scale provider ' || g, 'https://provider' || g || '.example/'
  FROM generate_series(1, 50) g;
INSERT INTO resource (slug, title, url, description, type, provider_id, updated_at)
  SELECT 'scale-' || g,
         initcap(w1.word) || ' and ' || w2.word || ' for pupils ' || g,
         'https://provider' || (g % 50) || '.example/resources/' || g,
         'A resource on ' || w1.word || ', ' || w2.word || ' and ' || w3.word
           || ' for teachers, school nurses and families, number ' || g || '.',
         (ARRAY['GUIDANCE','LESSON_PLAN','BOOKLIST','E_LEARNING','HELPLINE'])[1 + g % 5],
         (SELECT id FROM organisation WHERE slug = 'scale-provider-' || (1 + g % 50)),
         now() - (g || ' minutes')::interval
  FROM generate_series(1, $RESOURCES) g
  JOIN words w1 ON w1.n = g % $N JOIN words w2 ON w2.n = (g / $N) % $N
  JOIN words w3 ON w3.n = (g / ($N * $N)) % $N;
INSERT INTO resource_key_stage (resource_id, key_stage)
  SELECT id, (ARRAY['KS1','KS2','KS3','KS4','KS5'])[1 + id % 5] FROM resource WHERE slug LIKE 'scale-%';
INSERT INTO resource_audience (resource_id, audience)
  SELECT id, (ARRAY['PROFESSIONALS','YOUNG_PEOPLE','PARENTS_AND_CARERS'])[1 + id % 3] FROM resource WHERE slug LIKE 'scale-%';
INSERT INTO topic_resource (topic_id, resource_id, sort_order)
  SELECT (SELECT t.id FROM topic t WHERE t.slug = 'pollution'), r.id, 1000 + row_number() OVER (ORDER BY r.id)
  FROM resource r WHERE r.slug LIKE 'scale-%' ORDER BY r.id LIMIT 1000;
INSERT INTO feedback (topic_slug, page, helpful, comment_text, site_origin, received_at)
  SELECT (ARRAY['healthy-relationships','pollution','childhood-obesity','alcohol-misuse'])[1 + g % 4],
         '/topics/page-' || (g % 200), g % 3 <> 0,
         CASE WHEN g % 10 = 0 THEN 'Comment number ' || g END,
         CASE WHEN g % 2 = 0 THEN 'https://school' || (g % 300) || '.example' END,
         now() - ((g % 525600) || ' minutes')::interval
  FROM generate_series(1, $FEEDBACK) g;
UPDATE signpost_state SET content_revision = content_revision + 1;
-- As autovacuum would on a settled database: statistics, and the GIN index's pending list merged.
VACUUM ANALYZE;
SQL

stop_signpost
start_signpost
scale_start=$STARTED_IN_MS

[ -z "${DB_PARAMETERS:-}" ] || echo "database address parameters: $DB_PARAMETERS"
printf '\nstart to ready: empty database %s ms; with the scale data %s ms\n' "$empty_start" "$scale_start"

# Text search: each query once, two words from the vocabulary (the first as a prefix), a page each,
# after as many single-word queries to warm the JIT compiler up (they are not counted).
tr -s ' ' '\n' <<<"$VOCABULARY" | sed '/^$/d' >"$WORK/words"
mapfile -t WORDS <"$WORK/words"
for word in "${WORDS[@]}"; do
  timed_get "$SITE/api/v1/resources?q=$word&size=20" >/dev/null
done
: >"$WORK/search.ms"
for i in $(seq 1 "$QUERIES"); do
  a=${WORDS[$((i % ${#WORDS[@]}))]}; b=${WORDS[$(((i * 7 + 3) % ${#WORDS[@]}))]}
  timed_get "$SITE/api/v1/resources?q=${a:0:5}%20$b&page=$((i % 3 + 1))&size=20" >>"$WORK/search.ms"
done
printf '%-44s %s\n' "API resource search (uncached)" "$(summary "$WORK/search.ms")"

for address in "/topics/pollution" "/widgets/v1/fragments/topic/pollution" "/api/v1/topics/pollution"; do
  : >"$WORK/topic.ms"
  for _ in $(seq 1 10); do
    move_revision
    timed_get "$SITE$address" >>"$WORK/topic.ms"
  done
  printf '%-44s %s\n' "$address (1,000 resources, uncached)" "$(summary "$WORK/topic.ms")"
done

# The console, signed in as a person would.
BASE="$SITE/admin"
SESSION=$(bench/console-session.sh "$BASE" admin bench-scale-secret)
for page in index.xhtml topics.xhtml resources.xhtml "resources.xhtml?q=consent" \
  "resource.xhtml?slug=scale-50000" "topic.xhtml?slug=pollution" feedback.xhtml audit.xhtml \
  links.xhtml embed.xhtml; do
  : >"$WORK/page.ms"
  for _ in 1 2 3 4 5; do
    timed_get -H "Cookie: $SESSION" "$BASE/$page" >>"$WORK/page.ms"
    grep -q 'signOutButton' "$WORK/body" || { echo "$page is not the signed-in page"; exit 1; }
  done
  printf '%-44s %s\n' "console $page" "$(summary "$WORK/page.ms")"
done
csv_ms=$(timed_get -H "Cookie: $SESSION" "$BASE/feedback.csv")
printf '%-44s %s ms, %s rows, %s MiB\n' "console feedback.csv (everything)" "$csv_ms" \
  "$(($(wc -l <"$WORK/body") - 1))" "$(( $(stat -c %s "$WORK/body") / 1048576 ))"

rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$SIGNPOST_PID/status")
hwm=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$SIGNPOST_PID/status")
printf '%-44s %s MiB now, %s MiB at most (%s)\n' "resident memory" "$rss" "$hwm" "$JVM_OPTS"
awk '/Pause/ { ms = $NF; sub("ms", "", ms); ms += 0; n++; s += ms; if (ms > m) m = ms } END {
  printf "%-44s %d pauses, mean %.1f ms, longest %.1f ms\n", "garbage collection (last start)", n, s / n, m }' \
  "$WORK/gc.log"
