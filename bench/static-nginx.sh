#!/usr/bin/env bash
# Starts nginx serving WORK/www as static files on 127.0.0.1:PORT, the ceiling the benchmarks
# compare Signpost with; it writes its pid to WORK/nginx.pid (stop it with
# nginx -c WORK/nginx.conf -s stop).
# Usage: bench/static-nginx.sh WORK PORT
set -euo pipefail
WORK=$1
PORT=$2
mkdir -p "$WORK/www" "$WORK/tmp"
cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 100000;
  open_file_cache max=10 inactive=60s;
  client_body_temp_path $WORK/tmp/body;
  proxy_temp_path $WORK/tmp/proxy;
  fastcgi_temp_path $WORK/tmp/fastcgi;
  uwsgi_temp_path $WORK/tmp/uwsgi;
  scgi_temp_path $WORK/tmp/scgi;
  server {
    listen 127.0.0.1:$PORT;
    root $WORK/www;
    location / { default_type text/html; add_header Cache-Control "public, max-age=60"; }
  }
}
CONF
nginx -c "$WORK/nginx.conf" -g 'daemon on;'
