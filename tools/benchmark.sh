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

SIZES="${1:-1000,10000,100000}"
ROUNDS="${BENCHMARK_ROUNDS:-30}"

source tools/benchmark-database.sh xinbei_pfp_bench

# A 1 GB heap: the size a node is to serve all of this in (issue 17).
./mvnw -B -ntp ${MVN_OFFLINE:+-o} test -Dtest=ListBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.sizes="$SIZES" -Dbenchmark.rounds="$ROUNDS" -DargLine="-Xmx1g"
echo "Report: target/benchmark/report.md"
