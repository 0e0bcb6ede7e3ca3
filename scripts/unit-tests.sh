#!/usr/bin/env bash
# Runs one build's C++ unit and store tests (frontdoor_tests) in five shards, two at a time: a
# process a shard rather than a process a test, which under the sanitizers costs about 0.6 s to
# start and end. An odd number of shards spreads the tests run once per database across all of
# them. A failing shard's output is printed whole.
# Usage: scripts/unit-tests.sh [BUILD_DIR]   (needs FRONTDOOR_TEST_POSTGRES_URL, as scripts/test.sh sets)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=$(cd "${1:-build}" && pwd)
export FRONTDOOR_TEST_ASSETS=$build_dir/assets
logs=$(mktemp -d /tmp/frontdoor-unit.XXXXXX)
trap 'rm -rf "$logs"' EXIT
shards=5
run_shard() {
  if ! GTEST_TOTAL_SHARDS=$shards GTEST_SHARD_INDEX=$1 "$2/tests/frontdoor_tests" --gtest_brief=1 \
    >"$3/shard-$1.log" 2>&1; then
    echo "== unit tests, shard $1 of $shards, failed:"
    cat "$3/shard-$1.log"
    return 1
  fi
  grep -E '^\[  PASSED  \]' "$3/shard-$1.log" | sed "s/^/shard $1: /"
}
export -f run_shard
export shards
seq 0 $((shards - 1)) | xargs -P 2 -I{} bash -c 'run_shard "$@"' _ {} "$build_dir" "$logs"
