#!/usr/bin/env bash
# Fault test of the cluster (issue 18 point 4), anyone can run it:
#   tools/fault-test.sh [--short] [--beneficiaries N] [--db-port 3317] [--node-port 18080]
# Starts a private MariaDB (its own data directory and port under target/fault-test, so no other database is touched)
# and two application nodes (mysql profile, ports 18080/18081 and 18082/18083) at the same moment on the empty
# database; seeds N beneficiaries with their accounts (default 5,000; --short 1,000) and makes 600 steps of another
# town overdue (--short 150); drives intakes (birth registrations) from three clients and task completions from one
# (every fifth through both nodes at once) against both nodes; starts the re-verification and the day's escalation scan
# (督办, through the operators' endpoint) and has finance pay the year's list town by town (every transfer through both
# nodes at once); kills node 1 with kill -9 in the middle and starts it again; kills MariaDB with kill -9 under load
# and starts it again (20 s down; --short 8 s). Then it checks, from the database: every intake answered 201 is there
# exactly once, every completion answered 204 is in the history, no timeline entry twice, every task race lost with
# 409, one re-verification task per beneficiary, one 督办 item and one caseSupervision process per overdue step, one
# payment per person and year and one transfer per town's list, no 5xx but 503, no job left locked; prints a table and
# exits non-zero if anything was lost or duplicated. Needs the application jar (./mvnw -DskipTests package), Java 17, MariaDB's
# server binaries (mariadbd, mariadb-install-db) and Python 3. --short is the CI version (tools/test-all.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 tools/fault_test.py "$@"
