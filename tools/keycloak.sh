#!/usr/bin/env bash
# A local Keycloak server with the demo realm (config/keycloak/xinbei-realm.json), for development and tests.
#
#   tools/keycloak.sh start   fetch Keycloak from Maven Central if missing, start it in the background, wait for the realm
#   tools/keycloak.sh stop    stop the server this script started
#   tools/keycloak.sh status  exit 0 when the realm answers
#   tools/keycloak.sh check-production OUT.json
#                             import config/keycloak/xinbei-realm-production.json into a throwaway database (with
#                             XINBEI_PUBLIC_URL, https://pfp.xinbei.example when unset) and export it to OUT.json as
#                             Keycloak stored it: shows what a real import makes of the file (KeycloakProductionRealmIT)
#
# Settings (environment): KEYCLOAK_PORT (8180), XINBEI_WEB_CLIENT_SECRET and XINBEI_IDENTITY_CLIENT_SECRET
# (the demo secrets of the realm file when unset), KC_BOOTSTRAP_ADMIN_USERNAME/_PASSWORD for the admin console.
# Everything lives under .keycloak/ (git-ignored). Dev mode only: H2 storage, plain HTTP on 127.0.0.1.
# When the realm file changes, the server's data is reset so the new realm is imported (Keycloak skips a realm
# that exists already).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"

KC_VERSION=26.5.6
PORT="${KEYCLOAK_PORT:-8180}"
REALM=xinbei
REALM_FILE="$ROOT/config/keycloak/xinbei-realm.json"
BASE="$ROOT/.keycloak"
HOME_DIR="$BASE/keycloak-$KC_VERSION"
PID_FILE="$BASE/keycloak.pid"
LOG_FILE="$BASE/keycloak.log"
URL="http://127.0.0.1:$PORT"
DISCOVERY="$URL/realms/$REALM/.well-known/openid-configuration"
# First start with import takes ~35 s on two cores; leave room for a busy CI machine.
WAIT_SECONDS="${KEYCLOAK_WAIT_SECONDS:-300}"

answers() {
  curl -fsS -o /dev/null --max-time 3 "$DISCOVERY" 2>/dev/null
}

running_pid() {
  [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null && cat "$PID_FILE"
}

ZIP="$BASE/keycloak-quarkus-dist-$KC_VERSION.zip"

fetch_zip() {
  [ -f "$ZIP" ] && return 0
  mkdir -p "$BASE"
  echo "Fetching Keycloak $KC_VERSION from Maven Central (about 165 MB)..."
  local artifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip"
  # Offline first: the local Maven repository may have it already.
  ./mvnw -q -B -o dependency:copy -Dartifact="$artifact" -DoutputDirectory="$BASE" >/dev/null 2>&1 \
    || ./mvnw -q -B -ntp dependency:copy -Dartifact="$artifact" -DoutputDirectory="$BASE"
}

# unpack DIR: Keycloak unpacked into DIR/keycloak-$KC_VERSION
unpack() {
  rm -rf "$1/keycloak-$KC_VERSION"
  mkdir -p "$1"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$ZIP" -d "$1"
  else
    # The JDK's jar tool unpacks zips too (without file modes: restored below).
    (cd "$1" && jar xf "$ZIP")
  fi
  chmod +x "$1/keycloak-$KC_VERSION"/bin/*.sh
}

fetch() {
  [ -x "$HOME_DIR/bin/kc.sh" ] && return 0
  fetch_zip
  echo "Unpacking Keycloak into $HOME_DIR..."
  unpack "$BASE"
}

start() {
  if answers; then
    echo "Keycloak already answers at $URL (realm $REALM)"
    return 0
  fi
  if pid="$(running_pid)"; then
    echo "Keycloak (pid $pid) is starting; waiting for it"
  else
    fetch
    local stamp="$HOME_DIR/data/realm.sha256"
    local sum
    sum="$(sha256sum "$REALM_FILE" | cut -d' ' -f1)"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" != "$sum" ]; then
      echo "The realm file changed: resetting Keycloak's dev database so it is imported again"
      rm -rf "$HOME_DIR/data/h2"
    fi
    mkdir -p "$HOME_DIR/data/import"
    cp "$REALM_FILE" "$HOME_DIR/data/import/"
    echo "$sum" >"$stamp"
    echo "Starting Keycloak $KC_VERSION at $URL (log: $LOG_FILE)"
    # setsid: the server keeps running after the calling shell (or a test JVM) ends.
    setsid nohup "$HOME_DIR/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$PORT" \
      --hostname="$URL" --import-realm >"$LOG_FILE" 2>&1 </dev/null &
    echo $! >"$PID_FILE"
  fi
  for _ in $(seq 1 "$WAIT_SECONDS"); do
    if answers; then
      echo "Keycloak is ready: $URL/realms/$REALM"
      return 0
    fi
    if ! running_pid >/dev/null; then
      echo "Keycloak stopped during start-up; last lines of $LOG_FILE:" >&2
      tail -n 40 "$LOG_FILE" >&2
      return 1
    fi
    sleep 1
  done
  echo "Keycloak did not answer within $WAIT_SECONDS s; see $LOG_FILE" >&2
  return 1
}

stop() {
  if pid="$(running_pid)"; then
    # kc.sh execs java in the same session: end that session's processes, then wait for the JVM.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    echo "Keycloak stopped"
  else
    echo "No Keycloak started by this script is running"
  fi
  rm -f "$PID_FILE"
}

check_production() {
  local out="${1:?usage: $0 check-production OUT.json}"
  fetch_zip
  local work="$BASE/production-check"
  rm -rf "$work"
  mkdir -p "$work" "$(dirname "$out")"
  # An installation and a database of its own: kc.sh import rebuilds the installation it runs from, which must not
  # happen under the running dev server, and the dev server's realm is never touched.
  unpack "$work"
  local kc="$work/keycloak-$KC_VERSION/bin/kc.sh"
  local db=(--db=dev-file "--db-url=jdbc:h2:file:$work/keycloakdb;NON_KEYWORDS=VALUE")
  echo "Importing the production realm into $work (log: $work/import.log)"
  XINBEI_PUBLIC_URL="${XINBEI_PUBLIC_URL:-https://pfp.xinbei.example}" \
    "$kc" import --file "$ROOT/config/keycloak/xinbei-realm-production.json" "${db[@]}" \
    >"$work/import.log" 2>&1 </dev/null || { tail -n 40 "$work/import.log" >&2; return 1; }
  "$kc" export --realm "$REALM" --file "$out" "${db[@]}" >"$work/export.log" 2>&1 </dev/null \
    || { tail -n 40 "$work/export.log" >&2; return 1; }
  echo "Exported the imported realm to $out"
  rm -rf "$work/keycloak-$KC_VERSION"
}

case "${1:-start}" in
  start) start ;;
  check-production) check_production "${2:-}" ;;
  stop) stop ;;
  status) answers && echo "Keycloak answers at $URL (realm $REALM)" ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
