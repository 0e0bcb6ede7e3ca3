#!/usr/bin/env bash
# Crash test: concurrent contact intake through the API, SIGKILL at a random moment, restart,
# check every acknowledged contact is present and whole and the database passes its integrity
# checks. On PostgreSQL the database server is killed as well. Needs a build (scripts/build.sh).
# Usage: scripts/crash-test.sh [ROUNDS] [sqlite|postgresql|both]   (default: 20 rounds, both)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
rounds=${1:-20}
which=${2:-both}
export FRONTDOOR_BIN=${FRONTDOOR_BIN:-$root/build/frontdoor}

if [ "$which" = sqlite ] || [ "$which" = both ]; then
  FRONTDOOR_TEST_DATABASE=sqlite node tests/crash/crash_test.mjs "$rounds"
fi
if [ "$which" = postgresql ] || [ "$which" = both ]; then
  dir=$(mktemp -d /tmp/frontdoor-crash-postgres.XXXXXX)
  chmod 755 "$dir"
  trap '"$root/scripts/postgres.sh" stop "$dir"; rm -rf "$dir"' EXIT
  port=5434
  url=$(scripts/postgres.sh start "$dir" "$port" | tail -n 1)
  FRONTDOOR_TEST_DATABASE=postgresql FRONTDOOR_TEST_POSTGRES_URL=$url CRASH_POSTGRES_DIR=$dir \
    CRASH_POSTGRES_PORT=$port node tests/crash/crash_test.mjs "$rounds"
fi
