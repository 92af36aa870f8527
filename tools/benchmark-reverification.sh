#!/usr/bin/env bash
# Benchmark of the annual re-verification, the payout list and its transfer (AssistanceReverificationBenchmark) against
# MariaDB on the mysql profile: seeds N current beneficiaries (default 3000) straight into the tables, runs the
# re-verification start, and (seeded afresh) the year's payout list, its workbook and the transfer of the whole list;
# writes times and heap to target/benchmark/assistance-reverification.txt and assistance-payouts.txt. Not part of
# `./mvnw test` or tools/test-all.sh.
#   tools/benchmark-reverification.sh [N]
# Needs a running MariaDB/MySQL reachable as root without password to create the database and user (as test-all.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

N="${1:-3000}"

source tools/benchmark-database.sh xinbei_pfp_bench

./mvnw -B -ntp ${MVN_OFFLINE:+-o} test -Dtest=AssistanceReverificationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbenchmark.beneficiaries="$N"
cat target/benchmark/assistance-reverification.txt target/benchmark/assistance-payouts.txt
