#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, migrates the default SQLite database and serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
scripts/build.sh frontdoor frontdoor_assets
export FRONTDOOR_DATABASE=${FRONTDOOR_DATABASE:-sqlite:./data/frontdoor.db}
export FRONTDOOR_LISTEN=${FRONTDOOR_LISTEN:-127.0.0.1:8080}
build/frontdoor migrate
# On the first start only: one demo account per role, passwords printed once.
build/frontdoor demo-accounts
build/frontdoor demo-data
echo "frontdoor is starting at http://${FRONTDOOR_LISTEN} (stop it with Ctrl+C)"
exec build/frontdoor serve
