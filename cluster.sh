#!/usr/bin/env bash
# A Signpost cluster on this machine, for trying and testing: N Payara Micro instances of the same
# bundle (ear/target/signpost-micro.jar), joined in one named data grid over loopback, sharing one
# PostgreSQL database, behind nginx with the configuration in deploy/nginx/.
#
#   ./cluster.sh up [N]     starts N instances (3 by default) and nginx on http://127.0.0.1:8080
#   ./cluster.sh down       stops them
#   ./cluster.sh status     lists what runs
#   ./cluster.sh grid-name  prints the data grid's name made from SIGNPOST_CLUSTER_SECRET
#
# Instance i listens on 127.0.0.1:8080+i and joins the grid on 127.0.0.1:6899+i. The grid's
# members must know SIGNPOST_CLUSTER_SECRET: its name is made from it, and a member or client that
# cannot name the grid cannot join it. Without that setting, up makes a secret once and keeps it in
# the run folder (cluster.secret, readable by its owner only). Settings (and their defaults):
# SIGNPOST_CLUSTER_DIR (./cluster-run), SIGNPOST_CLUSTER_PORT (8080, nginx; instance i takes the
# port i above it), SIGNPOST_CLUSTER_GRID_PORT (6900, instance 1's grid port), SIGNPOST_CLUSTER_DB
# (signpost_cluster, created on 127.0.0.1:5432 as user postgres when missing), and every
# SIGNPOST_* setting of README.md, which each instance receives. README.md, "Run a cluster",
# explains how the same pieces run on several machines.
set -euo pipefail
cd "$(dirname "$0")"
RUN=${SIGNPOST_CLUSTER_DIR:-$PWD/cluster-run}
PORT=${SIGNPOST_CLUSTER_PORT:-8080}
GRID=${SIGNPOST_CLUSTER_GRID_PORT:-6900}
DB=${SIGNPOST_CLUSTER_DB:-signpost_cluster}
JAR=ear/target/signpost-micro.jar
JAVA_OPTS="-Xms128m -Xmx512m -XX:+UseSerialGC -XX:MaxMetaspaceSize=384m"
# The grid's name follows from the secret (org.signpost.core.grid.GridName makes the same one).
GRID_USE="signpost data grid"

alive() { [ -s "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

members() {
  local n=$1 list=""
  for i in $(seq 1 "$n"); do list+="${list:+,}127.0.0.1:$((GRID - 1 + i))"; done
  echo "$list"
}

# The secret of this cluster: SIGNPOST_CLUSTER_SECRET, or the one kept in the run folder.
cluster_secret() {
  if [ -n "${SIGNPOST_CLUSTER_SECRET:-}" ]; then
    printf '%s' "$SIGNPOST_CLUSTER_SECRET"
  elif [ -s "$RUN/cluster.secret" ]; then
    cat "$RUN/cluster.secret"
  else
    echo "SIGNPOST_CLUSTER_SECRET is not set and $RUN/cluster.secret does not exist" >&2
    return 1
  fi
}

grid_name() {
  local hex
  hex=$(printf '%s\n%s' "$1" "$GRID_USE" | sha256sum | cut -c1-32)
  echo "signpost-$hex"
}

# Makes the run folder's secret once, when none is given.
ensure_secret() {
  if [ -z "${SIGNPOST_CLUSTER_SECRET:-}" ] && [ ! -s "$RUN/cluster.secret" ]; then
    (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '=+/\n' >"$RUN/cluster.secret")
    echo "cluster secret: made $RUN/cluster.secret (instances on other machines need the same one)"
  fi
  local secret; secret=$(cluster_secret)
  if [ ${#secret} -lt 24 ]; then
    echo "SIGNPOST_CLUSTER_SECRET has ${#secret} characters; at least 24 are needed" >&2
    exit 1
  fi
}

start_instance() {
  local i=$1 n=$2
  local dir="$RUN/instance-$i"
  (umask 077 && mkdir -p "$dir/tmp")
  chmod 700 "$dir"
  # The grid's name and secret go in a file only the owner reads, never on the command line, which
  # every user of the machine can read.
  local secret; secret=$(cluster_secret)
  (umask 077 && printf 'payaramicro.clusterName=%s\nsignpost.cluster.secret=%s\n' \
    "$(grid_name "$secret")" "$secret" >"$dir/grid.properties")
  if alive "$dir/pid"; then
    echo "instance $i: already running (pid $(cat "$dir/pid"))"
    return
  fi
  # Each start gets an empty server folder: Payara Micro keeps the applications of its last run in
  # --rootdir and, started again on it, deployed Signpost from there, answered, then undeployed it
  # to deploy the bundle's own copy, so the proxy sent readers to an instance that went away.
  rm -rf "$dir/root"
  (
    cd "$dir"
    SIGNPOST_DB_DRIVER=${SIGNPOST_DB_DRIVER:-org.postgresql.ds.PGSimpleDataSource} \
    SIGNPOST_DB_URL=${SIGNPOST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/$DB} \
    SIGNPOST_DB_USER=${SIGNPOST_DB_USER:-postgres} \
    SIGNPOST_DB_PASSWORD=${SIGNPOST_DB_PASSWORD:-} \
    SIGNPOST_TRUSTED_PROXIES=${SIGNPOST_TRUSTED_PROXIES:-127.0.0.1,::1,0:0:0:0:0:0:0:1} \
    SIGNPOST_HTTP_ADDRESS=${SIGNPOST_HTTP_ADDRESS:-127.0.0.1} \
    exec java $JAVA_OPTS -Djava.io.tmpdir="$dir/tmp" -jar "$OLDPWD/$JAR" \
      --port $((PORT + i)) --systemproperties "$dir/grid.properties" --interfaces 127.0.0.1 \
      --clustermode "tcpip:$(members "$n")" --startport $((GRID - 1 + i)) \
      --rootdir "$dir/root" >>"$dir/signpost.log" 2>&1
  ) &
  echo $! >"$dir/pid"
  echo "instance $i: starting on http://127.0.0.1:$((PORT + i)) (log $dir/signpost.log)"
}

await_ready() {
  local i=$1
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$((PORT + i))/health/ready" 2>/dev/null |
      grep -q '"name":"signpost","status":"UP"'; then
      echo "instance $i: ready"
      return
    fi
    alive "$RUN/instance-$i/pid" || { echo "instance $i: stopped, see $RUN/instance-$i/signpost.log" >&2; exit 1; }
    sleep 1
  done
  echo "instance $i: not ready after 180 s, see $RUN/instance-$i/signpost.log" >&2
  exit 1
}

# nginx's workers run as "nobody" when nginx is started by root (as its own default), else as the
# user who started it; they read and write the run folder's nginx/ (its cache and temp files). A
# folder above it that they cannot enter (a home of mode 0700, as Debian makes them) would leave
# nginx answering every request with its own 500: this says so before anything starts.
check_nginx_can_reach() {
  [ "$(id -u)" -eq 0 ] || return 0
  mkdir -p "$RUN/nginx/temp"
  chmod 755 "$RUN/nginx"
  if runuser -u nobody -- test -x "$RUN/nginx"; then
    return 0
  fi
  local blocked="$RUN/nginx" dir="$RUN/nginx"
  while [ "$dir" != "/" ]; do
    runuser -u nobody -- test -x "$dir" || blocked=$dir
    dir=$(dirname "$dir")
  done
  cat >&2 <<MESSAGE
nginx's workers run as "nobody" and cannot enter $blocked (mode $(stat -c %a "$blocked")),
so nginx could keep no cache there and would answer every request with an error. Either set
SIGNPOST_CLUSTER_DIR to a folder they can reach (for example /var/tmp/signpost-cluster), or
let others enter $blocked (chmod o+x $blocked), or run cluster.sh as an ordinary user.
MESSAGE
  exit 1
}

# Writes nginx's configuration with instances "$@" as its upstreams, and starts or reloads nginx.
front() {
  local upstreams=""
  for i in "$@"; do
    upstreams+="    server 127.0.0.1:$((PORT + i)) max_fails=1 fail_timeout=5s;"$'\n'
  done
  mkdir -p "$RUN/nginx/temp"
  awk -v run="$RUN/nginx" -v port="$PORT" -v upstreams="$upstreams" '
    { gsub(/@RUN@/, run); gsub(/@PORT@/, port) }
    /^@UPSTREAMS@$/ { printf "%s", upstreams; next }
    { print }' deploy/nginx/signpost.conf.template >"$RUN/nginx/nginx.conf"
  if alive "$RUN/nginx/nginx.pid"; then
    nginx -c "$RUN/nginx/nginx.conf" -s reload
  else
    nginx -c "$RUN/nginx/nginx.conf"
  fi
}

up() {
  local n=${1:-3}
  mkdir -p "$RUN"
  check_nginx_can_reach
  [ -f "$JAR" ] || mvn -q -B -DskipTests -Dspotless.check.skip=true package
  echo "$n" >"$RUN/size"
  ensure_secret
  if [ -z "${SIGNPOST_DB_URL:-}" ] &&
    ! psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1; then
    createdb -h 127.0.0.1 -U postgres "$DB"
    echo "database: created $DB"
  fi
  # An instance that is starting answers 404 until its applications are deployed: while nginx
  # runs, it sends requests only to the instances already up, and takes the others in once ready.
  local running=()
  for i in $(seq 1 "$n"); do alive "$RUN/instance-$i/pid" && running+=("$i"); done
  if alive "$RUN/nginx/nginx.pid" && [ ${#running[@]} -gt 0 ] && [ ${#running[@]} -lt "$n" ]; then
    front "${running[@]}"
    echo "nginx: sends requests to instances ${running[*]} while the others start"
  fi
  # The first instance migrates the schema and loads the demo content; the others then join.
  start_instance 1 "$n"
  await_ready 1
  for i in $(seq 2 "$n"); do start_instance "$i" "$n"; done
  for i in $(seq 2 "$n"); do await_ready "$i"; done
  front $(seq 1 "$n")
  echo "nginx: http://127.0.0.1:$PORT/ in front of $n instances"
}

down() {
  if alive "$RUN/nginx/nginx.pid"; then
    local nginx_pid; nginx_pid=$(cat "$RUN/nginx/nginx.pid")
    nginx -c "$RUN/nginx/nginx.conf" -s quit
    for _ in $(seq 1 40); do kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.25; done
  fi
  for pidfile in "$RUN"/instance-*/pid; do
    [ -e "$pidfile" ] || continue
    if alive "$pidfile"; then kill "$(cat "$pidfile")"; fi
  done
  for pidfile in "$RUN"/instance-*/pid; do
    [ -e "$pidfile" ] || continue
    for _ in $(seq 1 60); do alive "$pidfile" || break; sleep 0.5; done
    rm -f "$pidfile"
  done
  echo "cluster: stopped"
}

status() {
  for pidfile in "$RUN"/instance-*/pid; do
    [ -e "$pidfile" ] || continue
    local dir; dir=$(dirname "$pidfile")
    if alive "$pidfile"; then echo "$(basename "$dir"): running (pid $(cat "$pidfile"))"; else echo "$(basename "$dir"): stopped"; fi
  done
  if alive "$RUN/nginx/nginx.pid"; then echo "nginx: running on $PORT"; else echo "nginx: stopped"; fi
}

case "${1:-}" in
  up) up "${2:-3}" ;;
  down) down ;;
  status) status ;;
  grid-name) grid_name "$(cluster_secret)" ;;
  *) echo "usage: $0 up [N] | down | status | grid-name" >&2; exit 2 ;;
esac
