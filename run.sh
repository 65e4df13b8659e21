#!/usr/bin/env bash
# Builds Signpost (tests skipped) and starts it on http://localhost:8080.
# With no settings it uses the embedded H2 database in ./data and loads the demo content on the
# first start. See README.md, "Configuration", for the environment variables.
set -euo pipefail
cd "$(dirname "$0")"
# The JVM's own defaults size the heap at a quarter of the machine's memory and pick G1: on this
# 24 GiB machine that let Signpost grow to 3.6 GiB resident under bench/scale.sh. Its working set is
# small (rendered pages and the persistence caches), so a fixed ceiling of 512 MiB is ample, and the
# serial collector has the least memory and CPU overhead on a two-core host, and its pauses on a
# heap this size stay short (bench/scale.sh prints them). SIGNPOST_JAVA_OPTS replaces these settings.
JAVA_OPTS_DEFAULT="-Xms128m -Xmx512m -XX:+UseSerialGC -XX:MaxMetaspaceSize=384m -XX:ReservedCodeCacheSize=128m"
mvn -q -B -DskipTests -Dspotless.check.skip=true package
exec java ${SIGNPOST_JAVA_OPTS:-$JAVA_OPTS_DEFAULT} -jar ear/target/signpost-micro.jar \
  --nocluster --port "${SIGNPOST_PORT:-8080}" "$@"
