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

source tools/fresh-database.sh
# shellcheck disable=SC2086 # the options are words
fresh_database "$APP_DB_NAME" ${BENCHMARK_MARIADB_OPTIONS:-}
