#!/usr/bin/env bash
# The intake benchmark (README, "Performance", issue 17 P1/P4): a second-child registration through the application's
# API beside Camunda's own REST start of the same process and a bare one-task process, with 1 and 4 clients, and the
# SQL statements of one registration and one task completion. Writes target/benchmark/intake.md.
#   tools/benchmark-intake.sh                          # 40 registrations per path, client count and round; 3 rounds
#   BENCHMARK_REQUESTS=10 BENCHMARK_ROUNDS=1 tools/benchmark-intake.sh   # the smoke .ci/run runs
# Needs a MariaDB/MySQL server reachable as root without a password (as tools/benchmark.sh); another server:
# APP_DB_PORT=3337 BENCHMARK_MARIADB_OPTIONS="--socket=/tmp/benchdb/db.sock".
set -euo pipefail
cd "$(dirname "$0")/.."

export APP_DB_HOST="${APP_DB_HOST:-127.0.0.1}"
export APP_DB_PORT="${APP_DB_PORT:-3306}"
export APP_DB_NAME="${BENCHMARK_DB_NAME:-xinbei_pfp_intake}"
export APP_DB_USER="${APP_DB_USER:-xinbei_it}"
export APP_DB_PASSWORD="${APP_DB_PASSWORD:-xinbei_it_only_for_tests}"
REQUESTS="${BENCHMARK_REQUESTS:-40}"
ROUNDS="${BENCHMARK_ROUNDS:-3}"

mariadb ${BENCHMARK_MARIADB_OPTIONS:-} -uroot <<SQL
DROP DATABASE IF EXISTS \`${APP_DB_NAME}\`;
CREATE DATABASE \`${APP_DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'127.0.0.1' IDENTIFIED BY '${APP_DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'localhost' IDENTIFIED BY '${APP_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${APP_DB_NAME}\`.* TO '${APP_DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${APP_DB_NAME}\`.* TO '${APP_DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL

# A 1 GB heap, as the list benchmark.
./mvnw -B -ntp ${MVN_OFFLINE:+-o} test -Dtest=IntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.requests="$REQUESTS" -Dbenchmark.rounds="$ROUNDS" -DargLine="-Xmx1g"
echo "Report: target/benchmark/intake.md"
