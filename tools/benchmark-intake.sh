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

REQUESTS="${BENCHMARK_REQUESTS:-40}"
ROUNDS="${BENCHMARK_ROUNDS:-3}"

source tools/benchmark-database.sh xinbei_pfp_intake

# A 1 GB heap, as the list benchmark.
./mvnw -B -ntp ${MVN_OFFLINE:+-o} test -Dtest=IntakeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.requests="$REQUESTS" -Dbenchmark.rounds="$ROUNDS" -DargLine="-Xmx1g"
echo "Report: target/benchmark/intake.md"
