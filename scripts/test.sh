#!/usr/bin/env bash
# The README's test command: installs what tests need, builds, starts a private PostgreSQL server,
# runs the browser suite on SQLite and PostgreSQL and the integration suite on PostgreSQL, then the
# unit and store tests (both databases) and the SQLite integration suite under ASan and UBSan, fuzzes each target for ten
# seconds, runs a short crash test on both databases, and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# Each phase's time is printed as it ends, so a slow run says where its time went.
phase_started=$SECONDS
phase_done() {
  echo "== $1 took $((SECONDS - phase_started)) s (total $SECONDS s)"
  phase_started=$SECONDS
}
scripts/install-deps.sh test
phase_done "installing what tests need"
# Without debug information: the suites do not need it and it costs about a third of the build.
# The service and the benchmarks (their intake baseline is checked against the schema); the unit
# suite is built and run under the sanitizers below.
CMAKE_ARGS="-DFRONTDOOR_DEBUG_INFO=OFF ${CMAKE_ARGS:-}" scripts/build.sh \
  frontdoor frontdoor_assets write_throughput password_hashing raw_contact_intake
phase_done "build"

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

# The suites that drive the optimised binary: the browser suite on both databases and the
# integration suite on PostgreSQL. The integration suite on SQLite runs under the sanitizers below
# (the same tests, on the same C++, with more checked), so it is not run twice. With them, the
# check that the binary is hardened (canaries, _FORTIFY_SOURCE, full RELRO: binary_hardening).
(cd "${BUILD_DIR:-build}" && ctest --output-on-failure --timeout 900 \
  -R '^(integration_(transport_)?postgresql|browser_pages_(sqlite|postgresql)|bench_.*|binary_hardening)$')
phase_done "integration and browser tests"

# Under AddressSanitizer and UndefinedBehaviorSanitizer, in their own build (-O1 without debug
# information keeps it quick): the unit suite, whose store tests run on both databases (in five
# processes, scripts/unit-tests.sh), and the integration suite on SQLite (the C++ it drives,
# transport, controllers and services, is the same whichever database is behind it). The unit
# suite runs only here: once with the sanitizers finds all a plain run would, and more.
BUILD_DIR=build-sanitize CMAKE_ARGS="-DFRONTDOOR_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O1" \
  scripts/build.sh frontdoor frontdoor_tests frontdoor_assets
phase_done "sanitizer build"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1
scripts/unit-tests.sh build-sanitize
(cd build-sanitize && ctest --output-on-failure --timeout 900 -R '^integration_(transport_)?sqlite$')
unset ASAN_OPTIONS UBSAN_OPTIONS
phase_done "tests under the sanitizers"

# Every fuzz target for ten seconds (FUZZ_SECONDS), from the corpus in fuzz/corpus/: CI's time
# is kept for the suites; longer runs are for a developer's machine (scripts/fuzz.sh 600).
scripts/fuzz.sh "${FUZZ_SECONDS:-10}"
phase_done "fuzzing"

# Kill the server (and PostgreSQL) during intake, three rounds on each database.
scripts/crash-test.sh "${CRASH_ROUNDS:-3}" both
phase_done "crash test"
