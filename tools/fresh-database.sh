#!/usr/bin/env bash
# Sourced by tools/test-all.sh and tools/benchmark-database.sh:
#   fresh_database <name> [mariadb client options, e.g. --no-defaults --socket=...]
# drops and creates the database (utf8mb4_bin) as root without a password, and gives the least-privilege user
# APP_DB_USER (created if missing, its password set to APP_DB_PASSWORD) all privileges on it and nothing else.
fresh_database() {
  local name="$1"
  shift
  mariadb "$@" -uroot <<SQL
DROP DATABASE IF EXISTS \`${name}\`;
CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'127.0.0.1' IDENTIFIED BY '${APP_DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'localhost' IDENTIFIED BY '${APP_DB_PASSWORD}';
ALTER USER '${APP_DB_USER}'@'127.0.0.1' IDENTIFIED BY '${APP_DB_PASSWORD}';
ALTER USER '${APP_DB_USER}'@'localhost' IDENTIFIED BY '${APP_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${name}\`.* TO '${APP_DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${name}\`.* TO '${APP_DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL
}
