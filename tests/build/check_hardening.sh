#!/usr/bin/env bash
# Checks that a built binary carries the hardening CMakeLists.txt asks for: a position-independent
# executable, a relocation table made read-only and bound at start-up (full RELRO), a stack that
# cannot run code, stack canaries and _FORTIFY_SOURCE's checked buffer functions.
# Usage: tests/build/check_hardening.sh BINARY   (ctest: binary_hardening)
set -euo pipefail
binary=$1
headers=$(readelf -W --file-header --program-headers --dynamic "$binary")
imports=$(nm -D --undefined-only "$binary")
failed=0
check() { # check WHAT COMMAND...: says what is missing, and carries on to say everything missing
  local what=$1
  shift
  if "$@" > /dev/null; then echo "ok: $what"; else echo "missing: $what" >&2; failed=1; fi
}
check "position-independent executable" grep -E 'Type: +DYN' <<< "$headers"
check "PIE flag" grep -E 'FLAGS_1.*\bPIE\b' <<< "$headers"
check "read-only relocations (RELRO)" grep -E '^ +GNU_RELRO ' <<< "$headers"
check "bound at start-up (BIND_NOW)" grep -E '\(FLAGS\).*\bBIND_NOW\b|\(FLAGS_1\).*\bNOW\b' <<< "$headers"
check "a stack that cannot run code" grep -E '^ +GNU_STACK( +0x[0-9a-f]+){5} RW ' <<< "$headers"
check "stack canaries (-fstack-protector-strong)" grep -E '\b__stack_chk_fail\b' <<< "$imports"
check "checked buffer functions (_FORTIFY_SOURCE)" grep -E '\b__[a-z_]+_chk\b' <<< "$imports"
exit $failed
