#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer) into
# build-fuzz/ and runs each for SECONDS (default 60), two at a time, from the corpus in
# fuzz/corpus/. A crash stops the script with its input saved in build-fuzz/artifacts/ (add it to
# the corpus with a fix).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]   (targets: request json_body config language search
# import_files)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(request json_body config language search import_files)
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  CXX=clang++-14 cmake -G Ninja -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFRONTDOOR_FUZZ=ON
fi
cmake --build "$build_dir" -j "${JOBS:-2}"
mkdir -p "$build_dir/artifacts"
# One target's run: its statistics printed, its exit status kept in artifacts/TARGET.status.
fuzz_one() {
  local target=$1 scratch status=0
  # New inputs go to a scratch folder; the repository's corpus is only read.
  scratch=$(mktemp -d)
  local log="$build_dir/artifacts/${target}.log"
  "$build_dir/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
    -artifact_prefix="$build_dir/artifacts/${target}-" -print_final_stats=1 \
    "$scratch" "fuzz/corpus/$target" >"$log" 2>&1 || status=$?
  rm -rf "$scratch"
  echo "$status" >"$build_dir/artifacts/${target}.status"
}
# Each fuzzer uses one core: two run at a time (JOBS), each told apart in the output by its name.
jobs=${JOBS:-2}
[ "$jobs" -ge 1 ] || jobs=1
for ((first = 0; first < ${#targets[@]}; first += jobs)); do
  batch=("${targets[@]:first:jobs}")
  for target in "${batch[@]}"; do
    echo "fuzz_$target: ${seconds}s"
    rm -f "$build_dir/artifacts/${target}.status"
    fuzz_one "$target" &
  done
  wait
  for target in "${batch[@]}"; do
    grep -sE "^stat::number_of_executed_units|ERROR|SUMMARY|Test unit written" \
      "$build_dir/artifacts/${target}.log" | sed "s/^/fuzz_$target: /" || true
    # No status written means the run itself failed before it could say.
    status=$(cat "$build_dir/artifacts/${target}.status" 2>/dev/null || echo "no status")
    if [ "$status" != 0 ]; then
      echo "fuzz_$target found a problem (exit $status); the input is in $build_dir/artifacts/" >&2
      exit 1
    fi
  done
done
