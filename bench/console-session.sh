#!/usr/bin/env bash
# Signs in to the console as a person would (the form, its view state, the session cookie) and
# prints the session's cookies as a Cookie header's value: its id and the version that lets any
# instance of a cluster go on with it. Usage: bench/console-session.sh CONSOLE_URL LOGIN PASSWORD
set -euo pipefail
BASE="$1"
JAR="$(mktemp)"
trap 'rm -f "$JAR"' EXIT
STATE=$(curl -s -c "$JAR" -b "$JAR" "$BASE/sign-in.xhtml" \
  | grep -oP 'name="jakarta.faces.ViewState" id="[^"]*" value="\K[^"]+')
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "signIn=signIn" \
  --data-urlencode "login=$2" --data-urlencode "password=$3" \
  --data-urlencode "submit=" --data-urlencode "jakarta.faces.ViewState=$STATE" "$BASE/sign-in.xhtml"
ID=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR" | tail -1)
VERSION=$(awk '$6 == "JSESSIONIDVERSION" { print $7 }' "$JAR" | tail -1)
[ -n "$ID" ] || { echo "sign-in failed" >&2; exit 1; }
echo "JSESSIONID=$ID${VERSION:+; JSESSIONIDVERSION=$VERSION}"
