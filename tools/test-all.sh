#!/usr/bin/env bash
# The full test suite, as CI runs it: provisions what the tests need and is missing on this machine
# (MariaDB for the mysql profile, Debian's Chromium and ChromeDriver for the browser tests, the Chinese font of the
# printed documents, a local Keycloak
# server for the sign-on tests), then runs unit, process, API, architecture, database, sign-on and browser tests
# with `./mvnw verify`.
# Needs root for apt-get and to start MariaDB when they are missing (CI and the dev machines run as root).
set -euo pipefail
cd "$(dirname "$0")/.."

export APP_DB_HOST="${APP_DB_HOST:-127.0.0.1}"
export APP_DB_PORT="${APP_DB_PORT:-3306}"
export APP_DB_NAME="${APP_DB_NAME:-xinbei_pfp_it}"
export APP_DB_USER="${APP_DB_USER:-xinbei_it}"
export APP_DB_PASSWORD="${APP_DB_PASSWORD:-xinbei_it_only_for_tests}"

apt_updated=no
install_packages() {
  if [ "$apt_updated" = no ]; then
    apt-get update -qq
    apt_updated=yes
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- MariaDB (stands in for MySQL 8) ---
if ! command -v mariadbd >/dev/null 2>&1; then
  echo "Installing MariaDB server..."
  install_packages mariadb-server mariadb-client
fi
if ! mariadb-admin ping --silent >/dev/null 2>&1; then
  echo "Starting MariaDB..."
  mkdir -p /run/mysqld && chown mysql:root /run/mysqld
  start-stop-daemon --start --oknodo --background --make-pidfile --pidfile /run/mysqld/test-all.pid \
    --chuid mysql --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do
    mariadb-admin ping --silent >/dev/null 2>&1 && break
    sleep 1
  done
  mariadb-admin ping --silent >/dev/null
fi
# A fresh database and a least-privilege user for the tests, every run; security.KeycloakAttackSuiteIT's own database
# (its engine must not share MySqlProfileIT's) and mysql.MySqlClusterRacesIT's (demo users; MySqlProfileIT checks a
# database without them).
source tools/fresh-database.sh
fresh_database "$APP_DB_NAME"
fresh_database "${APP_DB_NAME}_attack"
fresh_database "${APP_DB_NAME}_races"
mariadb -uroot <<SQL
-- Another Camunda database on the same server, visible to the same user: the application must use only its own.
DROP DATABASE IF EXISTS \`${APP_DB_NAME}_neighbour\`;
CREATE DATABASE \`${APP_DB_NAME}_neighbour\`;
CREATE TABLE \`${APP_DB_NAME}_neighbour\`.ACT_RU_EXECUTION (ID_ varchar(64) primary key);
CREATE TABLE \`${APP_DB_NAME}_neighbour\`.ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ int);
GRANT SELECT ON \`${APP_DB_NAME}_neighbour\`.* TO '${APP_DB_USER}'@'127.0.0.1';
GRANT SELECT ON \`${APP_DB_NAME}_neighbour\`.* TO '${APP_DB_USER}'@'localhost';
FLUSH PRIVILEGES;
SQL

# --- Chromium for the browser tests ---
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "Installing Chromium and ChromeDriver..."
  install_packages chromium chromium-driver fonts-wqy-microhei
fi

# --- The Chinese font embedded in the printed documents (征收决定书, 催告书; config/documents.yml) ---
# WenQuanYi Micro Hei (TrueType collection with Chinese and Latin glyphs); FeeDocumentsTest and DocumentFontTest
# read the PDFs back and check the font is embedded.
if [ ! -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then
  echo "Installing the document font (fonts-wqy-microhei)..."
  install_packages fonts-wqy-microhei
fi

# --- Keycloak for the sign-on tests (KeycloakSignOnIT) ---
# Fetched from Maven Central on first use; started here so its ~35 s first start is not inside a test's time.
# Stopped again at the end if this script started it.
if ! command -v curl >/dev/null 2>&1; then
  install_packages curl
fi
keycloak_started=no
if ! bash tools/keycloak.sh status >/dev/null 2>&1; then
  bash tools/keycloak.sh start
  keycloak_started=yes
fi
stop_keycloak() {
  if [ "$keycloak_started" = yes ]; then
    bash tools/keycloak.sh stop || true
  fi
}
trap stop_keycloak EXIT

./mvnw -B -ntp verify "$@"

# --- A short run of the performance benchmark (README, "Performance"): its figures gate nothing, but it must still
# run, so that it cannot rot. 1,000 open steps, a few rounds; the full volumes are tools/benchmark.sh without arguments.
# Then the intake benchmark with a few registrations (tools/benchmark-intake.sh).
if [ "${SKIP_BENCHMARK_SMOKE:-}" != true ]; then
  BENCHMARK_ROUNDS=3 bash tools/benchmark.sh 1000
  BENCHMARK_REQUESTS=4 BENCHMARK_ROUNDS=1 bash tools/benchmark-intake.sh
fi

# --- The cluster's fault test, short (README, "Operations"): a private MariaDB and two nodes; one node and then the
# database killed with kill -9 under load. Fails the run if anything acknowledged was lost or done twice.
if [ "${SKIP_FAULT_TEST:-}" != true ]; then
  bash tools/fault-test.sh --short
fi
