#!/usr/bin/env bash
# Builds Signpost (tests skipped) and starts it on http://localhost:8080.
# With no settings it uses the embedded H2 database in ./data and loads the demo content on the
# first start. See README.md, "Configuration", for the environment variables.
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B -DskipTests -Dspotless.check.skip=true package
exec java ${SIGNPOST_JAVA_OPTS:-} -jar ear/target/signpost-micro.jar \
  --nocluster --port "${SIGNPOST_PORT:-8080}" "$@"
