#!/usr/bin/env bash
# How long a refused sign-in takes, by what was wrong: a login nobody has, a real login with a wrong
# password, and an attempt while sign-in is paused for that login. A guesser must not learn which
# logins exist from the time an answer takes. Each attempt comes from a browser that never signed
# in (a fresh session), 8 of each kind, alternating, after a warm-up; prints the median and the spread in ms of
# the answers that checked a password (all come from one address, whose allowance runs out too).
# Usage: bench/sign-in.sh          (PORT=8183, ROUNDS=8: two kinds of 8 and the warm-up stay within one address's 20)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8183}"
ROUNDS="${ROUNDS:-8}"
WORK="$(mktemp -d)"
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is in use" >&2; exit 1; fi
[ -f ear/target/signpost-micro.jar ] || mvn -q -B -DskipTests -Dspotless.check.skip=true package
JVM_OPTS="${SIGNPOST_JAVA_OPTS:-$(sed -n 's/^JAVA_OPTS_DEFAULT="\(.*\)"$/\1/p' run.sh)}"
(cd "$WORK" && SIGNPOST_ADMIN_PASSWORD=bench-only-secret SIGNPOST_LINKS_CHECK_HOURS=0 \
  exec java $JVM_OPTS -jar "$OLDPWD/ear/target/signpost-micro.jar" --nocluster --port "$PORT" \
  > "$WORK/signpost.log" 2>&1) &
SIGNPOST=$!
trap 'kill $SIGNPOST 2>/dev/null; wait $SIGNPOST 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 240); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/admin/sign-in.xhtml" && break
  sleep 0.5
done
python3 - "$PORT" "$ROUNDS" <<'PY'
import http.client, re, statistics, sys, time, urllib.parse
port, rounds = int(sys.argv[1]), int(sys.argv[2])

def attempt(login, password):
    c = http.client.HTTPConnection("127.0.0.1", port)
    c.request("GET", "/admin/sign-in.xhtml")
    r = c.getresponse(); page = r.read().decode()
    cookie = r.getheader("Set-Cookie").split(";")[0]
    state = re.search(r'name="jakarta.faces.ViewState" id="[^"]*" value="([^"]+)"', page).group(1)
    nonce = re.search(r'<script[^>]* nonce="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"signIn": "signIn", "login": login, "password": password,
        "submit": "", "jakarta.faces.ViewState": state, "primefaces.nonce": nonce})
    start = time.perf_counter()
    c.request("POST", "/admin/sign-in.xhtml", body,
              {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    answer = c.getresponse().read().decode()
    took = (time.perf_counter() - start) * 1000
    c.close()
    return took, answer

kinds = [("unknown login", lambda i: ("nobody-%d" % (i % 9), "wrong password here")),
         ("wrong password", lambda i: ("admin", "wrong password %d" % i))]
for _ in range(3):
    attempt("warm-up", "warm-up password")
checked = {name: [] for name, _ in kinds}
for i in range(rounds):  # the two kinds alternate, so that drift on the machine touches both alike
    for name, make in kinds:
        took, answer = attempt(*make(i))
        assert "not right" in answer or "paused" in answer, answer[:300]
        if "not right" in answer:
            checked[name].append(took)
for name, times in checked.items():
    print("%-16s median %6.1f ms  min %6.1f  max %6.1f  (%d of %d checked, the rest paused)"
          % (name, statistics.median(times), min(times), max(times), len(times), rounds))
times = []
for i in range(rounds):
    took, answer = attempt("admin", "still guessing %d" % i)
    if "paused" in answer:
        times.append(took)
print("%-16s median %6.1f ms  (%d of %d answered paused)" % ("paused", statistics.median(times) if times else float("nan"), len(times), rounds))
PY
