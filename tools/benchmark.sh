#!/usr/bin/env bash
# The performance benchmark (README, "Performance"): the lists and searches at growing volumes beside stock Camunda's
# Tasklist path, on MariaDB/MySQL (mysql profile), over HTTP. Writes target/benchmark/report.md.
#   tools/benchmark.sh                    # 1,000, 10,000 and 100,000 open steps (3 cases, 10 ended steps each)
#   tools/benchmark.sh 1000               # one volume: the smoke .ci/run runs so that the benchmark cannot rot
#   BENCHMARK_ROUNDS=10 tools/benchmark.sh 1000,10000
# Needs a MariaDB/MySQL server reachable as root without a password, to create its own database and user (as
# tools/test-all.sh does; it is not part of the test suite's pass/fail). Another server than the default one, e.g. a
# private one with a larger buffer pool: APP_DB_PORT=3337 BENCHMARK_MARIADB_OPTIONS="--socket=/tmp/benchdb/db.sock".
set -euo pipefail
cd "$(dirname "$0")/.."

export APP_DB_HOST="${APP_DB_HOST:-127.0.0.1}"
export APP_DB_PORT="${APP_DB_PORT:-3306}"
export APP_DB_NAME="${BENCHMARK_DB_NAME:-xinbei_pfp_bench}"
export APP_DB_USER="${APP_DB_USER:-xinbei_it}"
export APP_DB_PASSWORD="${APP_DB_PASSWORD:-xinbei_it_only_for_tests}"
SIZES="${1:-1000,10000,100000}"
ROUNDS="${BENCHMARK_ROUNDS:-30}"

mariadb ${BENCHMARK_MARIADB_OPTIONS:-} -uroot <<SQL
DROP DATABASE IF EXISTS \`${APP_DB_NAME}\`;
CREATE DATABASE \`${APP_DB_NAME}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'127.0.0.1' IDENTIFIED BY '${APP_DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${APP_DB_USER}'@'localhost' IDENTIFIED BY '${APP_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`${APP_DB_NAME}\`.* TO '${APP_DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`${APP_DB_NAME}\`.* TO '${APP_DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL

# A 1 GB heap: the size a node is to serve all of this in (issue 17).
./mvnw -B -ntp ${MVN_OFFLINE:+-o} test -Dtest=ListBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.sizes="$SIZES" -Dbenchmark.rounds="$ROUNDS" -DargLine="-Xmx1g"
echo "Report: target/benchmark/report.md"
