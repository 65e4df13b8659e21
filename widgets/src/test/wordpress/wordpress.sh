#!/usr/bin/env bash
# A throwaway WordPress from Debian's packages (wordpress, php-fpm, php-mysql, nginx, mariadb-server)
# for PublicSideIT's WordPress checks: the CMS most schools run, embedding a Signpost topic the way a school's web
# editor would, by pasting its address on a line of its own in a post.
#
#   wordpress.sh up SIGNPOST_TOPIC_ADDRESS RUN_DIR   starts it on http://127.0.0.1:8182, prints the post's address
#   wordpress.sh down RUN_DIR                         stops its nginx and php-fpm (MariaDB is left running)
#
# It keeps to itself: its own database (signpost_wordpress_test), its own Debian site configuration
# (/etc/wordpress/config-signpost-test.php, chosen by WORDPRESS_CONFIG), its own php-fpm pool and
# nginx, all writing under RUN_DIR. Run as root.
set -euo pipefail
PORT=8182
SITE=http://127.0.0.1:$PORT
CONFIG=/etc/wordpress/config-signpost-test.php
CONTENT=/var/lib/wordpress/wp-content

need() { command -v "$1" >/dev/null 2>&1 || { echo "missing $1: apt-get install -y $2" >&2; exit 3; }; }

php_as_site() {
  # Runs PHP with WordPress loaded as this site.
  WORDPRESS_CONFIG=signpost-test php -d display_errors=stderr -r '
    $_SERVER["WORDPRESS_CONFIG"] = "signpost-test"; $_SERVER["HTTP_HOST"] = "127.0.0.1:'"$PORT"'";
    $_SERVER["REQUEST_URI"] = "/"; define("WP_USE_THEMES", false); define("WP_INSTALLING", true);
    require "/usr/share/wordpress/wp-load.php"; '"$1" -- "${@:2}"
}

up() {
  local topic=$1 run=$2
  need php php-cli; need nginx nginx; need mariadb mariadb-client
  [ -f /usr/share/wordpress/wp-load.php ] || { echo "missing WordPress: apt-get install -y wordpress" >&2; exit 3; }
  local fpm; fpm=$(ls /usr/sbin/php-fpm* 2>/dev/null | head -1)
  [ -n "$fpm" ] || { echo "missing php-fpm: apt-get install -y php-fpm php-mysql" >&2; exit 3; }
  mkdir -p "$run"; run=$(cd "$run" && pwd)

  if ! mariadb-admin --silent ping >/dev/null 2>&1; then
    mkdir -p /run/mysqld && chown mysql /run/mysqld
    (mariadbd --user=mysql >"$run/mariadb.log" 2>&1 &)
    for _ in $(seq 1 60); do mariadb-admin --silent ping >/dev/null 2>&1 && break; sleep 0.5; done
  fi
  local password; password=$(openssl rand -hex 12)
  mariadb -e "CREATE DATABASE IF NOT EXISTS signpost_wordpress_test CHARACTER SET utf8mb4;
    CREATE USER IF NOT EXISTS 'signpost_wp'@'localhost' IDENTIFIED BY '$password';
    ALTER USER 'signpost_wp'@'localhost' IDENTIFIED BY '$password';
    GRANT ALL PRIVILEGES ON signpost_wordpress_test.* TO 'signpost_wp'@'localhost';"
  {
    echo "<?php"
    echo "define('DB_NAME', 'signpost_wordpress_test');"
    echo "define('DB_USER', 'signpost_wp');"
    echo "define('DB_PASSWORD', '$password');"
    echo "define('DB_HOST', 'localhost');"
    echo "define('WP_CONTENT_DIR', '$CONTENT');"
    echo "define('WP_HOME', '$SITE'); define('WP_SITEURL', '$SITE');"
    echo "define('SIGNPOST_WORDPRESS_TEST', true);"
    for key in AUTH_KEY SECURE_AUTH_KEY LOGGED_IN_KEY NONCE_KEY AUTH_SALT SECURE_AUTH_SALT LOGGED_IN_SALT NONCE_SALT; do
      echo "define('$key', '$(openssl rand -hex 24)');"
    done
  } >"$CONFIG"
  chown root:www-data "$CONFIG"; chmod 640 "$CONFIG"

  # WordPress fetches nothing from loopback by default, nor from ports other than 80, 443 and 8080:
  # this site may, so that it can discover the Signpost under test.
  mkdir -p "$CONTENT/mu-plugins"
  cat >"$CONTENT/mu-plugins/signpost-test-loopback.php" <<'PHP'
<?php
// For Signpost's WordPress checks (PublicSideIT) only: oEmbed discovery from a Signpost on loopback, no mail.
if (!defined('SIGNPOST_WORDPRESS_TEST')) {
    return;
}
add_filter('pre_wp_mail', fn() => true);
add_filter('http_request_host_is_external', fn($external, $host) => $external || $host === '127.0.0.1', 10, 2);
add_filter('http_allowed_safe_ports', function ($ports, $host, $url) {
    $port = parse_url($url, PHP_URL_PORT);
    return $host === '127.0.0.1' && $port ? array_merge($ports, [$port]) : $ports;
}, 10, 3);
PHP

  cat >"$run/php-fpm.conf" <<CONF
[global]
pid = $run/php-fpm.pid
error_log = $run/php-fpm.log
[signpost-test]
user = www-data
group = www-data
listen = $run/php-fpm.sock
listen.owner = www-data
listen.group = www-data
pm = static
pm.max_children = 4
clear_env = no
CONF
  down "$run"
  "$fpm" --fpm-config "$run/php-fpm.conf"
  cat >"$run/nginx.conf" <<CONF
user www-data;
worker_processes 1;
pid $run/nginx.pid;
error_log $run/nginx-error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  server {
    listen 127.0.0.1:$PORT;
    root /usr/share/wordpress;
    index index.php;
    location ^~ /wp-content/ { root /var/lib/wordpress; }
    location / { try_files \$uri \$uri/ /index.php?\$args; }
    location ~ \.php\$ {
      try_files \$uri =404;
      include /etc/nginx/fastcgi_params;
      fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
      fastcgi_param HTTP_HOST \$http_host;
      fastcgi_param WORDPRESS_CONFIG signpost-test;
      fastcgi_pass unix:$run/php-fpm.sock;
    }
  }
}
CONF
  nginx -c "$run/nginx.conf"

  php_as_site '
    require_once ABSPATH . "wp-admin/includes/upgrade.php";
    if (!is_blog_installed()) {
      wp_install("Springfield Academy", "editor", "editor@example.invalid", false, "", wp_generate_password(24));
    }' >/dev/null
  php_as_site '
    $id = wp_insert_post(["post_title" => "PSHE: healthy relationships", "post_status" => "publish",
      "post_content" => "<p>Our PSHE lead recommends this guidance.</p>\n\n" . $argv[1] . "\n\n<p>Ask the school nurse if you have questions.</p>"]);
    echo get_permalink($id), "\n";' "$topic"
}

down() {
  local run=$1
  for name in nginx php-fpm; do
    if [ -s "$run/$name.pid" ]; then
      local pid; pid=$(cat "$run/$name.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      rm -f "$run/$name.pid"
    fi
  done
}

case "${1:-}" in
  up) up "$2" "$3" ;;
  down) down "$2" ;;
  *) echo "usage: $0 up SIGNPOST_TOPIC_ADDRESS RUN_DIR | down RUN_DIR" >&2; exit 2 ;;
esac
