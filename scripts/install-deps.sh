#!/usr/bin/env bash
# Installs the Debian packages and npm front-end packages frontdoor needs; installs only what is missing.
# Usage: scripts/install-deps.sh [run|test]   ("test" adds the PostgreSQL server, chromium and test tools)
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-run}
packages=(build-essential cmake ninja-build pkg-config clang-format nodejs npm
  libboost-dev libsqlite3-dev libpqxx-dev libpq-dev nlohmann-json3-dev libkainjow-mustache-dev
  libsodium-dev libspdlog-dev libfmt-dev libcli11-dev liboath-dev libqrencode-dev libxlsxwriter-dev
  libexpat1-dev libcsv-dev libminizip-dev
  libgtest-dev libgmock-dev libbenchmark-dev)
if [ "$mode" = test ]; then
  packages+=(postgresql-15 postgresql-client-15 sqlite3 chromium fonts-liberation clang-14
    libclang-rt-14-dev wrk procps nginx-light openssl systemd)
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node.js and npm may come from outside Debian (as on the build machines); accept any working pair.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for package in "${missing[@]}"; do
    case "$package" in nodejs | npm) ;; *) filtered+=("$package") ;; esac
  done
  missing=("${filtered[@]}")
fi

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -d node_modules/govuk-frontend ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
