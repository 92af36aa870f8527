#!/usr/bin/env bash
# Sourced by the benchmark scripts: the connection settings of a benchmark's own database (APP_DB_*), which it creates
# afresh with a least-privilege user on the default MariaDB/MySQL server (root without a password, as
# tools/test-all.sh) or on the one BENCHMARK_MARIADB_OPTIONS names (e.g. "--socket=/tmp/benchdb/db.sock" with
# APP_DB_PORT=3337). BENCHMARK_DB_NAME overrides the database's name; APP_DB_NAME is left alone, so that a benchmark
# run by tools/test-all.sh never drops the tests' database.
#   . tools/benchmark-database.sh <default database name>
export APP_DB_HOST="${APP_DB_HOST:-127.0.0.1}"
export APP_DB_PORT="${APP_DB_PORT:-3306}"
export APP_DB_NAME="${BENCHMARK_DB_NAME:-$1}"
export APP_DB_USER="${APP_DB_USER:-xinbei_it}"
export APP_DB_PASSWORD="${APP_DB_PASSWORD:-xinbei_it_only_for_tests}"

mariadb ${BENCHMARK_MARIADB_OPTIONS:-} -uroot <<SQL
DROP DATABASE IF EXISTS \`${APP_DB_NAME}\`;
CREATE DATABASE \`${APP_DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'127.0.0.1' IDENTIFIED BY '${APP_DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'localhost' IDENTIFIED BY '${APP_DB_PASSWORD}';
ALTER USER '${APP_DB_USER}'@'127.0.0.1' IDENTIFIED BY '${APP_DB_PASSWORD}';
ALTER USER '${APP_DB_USER}'@'localhost' IDENTIFIED BY '${APP_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${APP_DB_NAME}\`.* TO '${APP_DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${APP_DB_NAME}\`.* TO '${APP_DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL
