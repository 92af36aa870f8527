#!/usr/bin/env bash
# Benchmark of the annual re-verification (AssistanceReverificationBenchmark) against MariaDB on the mysql profile:
# seeds N current beneficiaries (default 3000) straight into the tables, runs the re-verification start, writes wall
# time and heap to target/benchmark/assistance-reverification.txt. Not part of `./mvnw test` or tools/test-all.sh.
#   tools/benchmark-reverification.sh [N]
# Needs a running MariaDB/MySQL reachable as root without password to create the database and user (as test-all.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

export APP_DB_HOST="${APP_DB_HOST:-127.0.0.1}"
export APP_DB_PORT="${APP_DB_PORT:-3306}"
export APP_DB_NAME="${APP_DB_NAME:-xinbei_pfp_bench}"
export APP_DB_USER="${APP_DB_USER:-xinbei_it}"
export APP_DB_PASSWORD="${APP_DB_PASSWORD:-xinbei_it_only_for_tests}"
N="${1:-3000}"

mariadb -uroot <<SQL
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

./mvnw -B -ntp ${MVN_OFFLINE:+-o} test -Dtest=AssistanceReverificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.beneficiaries="$N"
cat target/benchmark/assistance-reverification.txt
