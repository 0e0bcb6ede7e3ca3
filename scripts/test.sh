#!/usr/bin/env bash
# The README's test command: installs what tests need, builds, starts a private PostgreSQL server,
# runs every test (unit, store, integration on SQLite and PostgreSQL, browser) and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/install-deps.sh test
scripts/build.sh

postgres_dir=$(mktemp -d /tmp/frontdoor-postgres.XXXXXX)
chmod 755 "$postgres_dir"
cleanup() {
  "$root/scripts/postgres.sh" stop "$postgres_dir" || true
  rm -rf "$postgres_dir"
}
trap cleanup EXIT
# The server listens only on a Unix socket in its own folder, so the port number cannot clash.
FRONTDOOR_TEST_POSTGRES_URL=$(scripts/postgres.sh start "$postgres_dir" 5433 | tail -n 1)
export FRONTDOOR_TEST_POSTGRES_URL

cd "${BUILD_DIR:-build}"
ctest --output-on-failure -j 2 --timeout 900
