#!/bin/bash
# allocator.sh - the atomic pool's own tests (allocator/test_pool.c):
# edge cases, a long randomized run against a shadow model, the shadow's
# deliberate fault being caught, and the threads + signal handlers stress
# test; the stress test again under ThreadSanitizer when that build
# exists (not in sanitizer runs: TSan and ASan do not mix).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=$top/allocator/test_pool${SANITIZE:+-san}
[ -x "$bin" ] || { echo "$bin is not built (make check builds it)"; exit 1; }
"$bin" edges || exit 1
"$bin" random 300000 || exit 1
"$bin" random 100000 7 || exit 1
"$bin" inject 2>/dev/null || exit 1
"$bin" stress 3 || exit 1
if [ -z "${SANITIZE:-}" ] && [ -x "$top/allocator/test_pool-tsan" ]; then
	TSAN_OPTIONS="halt_on_error=1" "$top/allocator/test_pool-tsan" stress 2 || exit 1
fi
