#!/bin/bash
# baseline-blame.sh - a baseline written by the solver that blamed the
# dispatcher for its callbacks (testcases/callbacks/before-blame.baseline,
# which lists what happened to each fingerprint) still holds every
# finding whose blame did not move: with it, only the two findings that
# moved into the drivers are new.  (Seven, not eight, hold: the seed
# driver's call, which dma_alloc_coherent()'s contract allows, is now
# named in that contract's finding instead: checker/solve/contractcut.c.)
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top" || exit 1
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-blame.XXXXXX")
trap 'rm -rf "$work"' EXIT
./sleepcheck --no-local-report --db="$work/b.db" -Itestcases/include -Itestcases/seed/include \
	testcases/seed/drivers/net/seed_eth.c testcases/seed/kernel/dma/mapping.c \
	testcases/seed/arch/arm/mm/dma-mapping.c testcases/seed/drivers/base/dma-mapping.c \
	testcases/seed/mm/vmalloc.c testcases/seed/mm/memory.c testcases/gfp/callee-locks.c \
	testcases/callbacks/dispatch/core.c testcases/callbacks/dispatch/drv_direct.c \
	testcases/callbacks/dispatch/drv_helpers.c testcases/callbacks/dispatch/drv_quiet.c \
	testcases/callbacks/same-bug.c testcases/callbacks/may-sleep.c \
	testcases/callbacks/same-callback.c || exit 1
./sleepcheck report --db="$work/b.db" --baseline=testcases/callbacks/before-blame.baseline \
	>"$work/out" 2>"$work/err"
rc=$?
[ $rc = 1 ] || { echo "exit status $rc, expected 1"; cat "$work/out" "$work/err"; exit 1; }
grep -q "^sleepcheck: 2 new findings (7 in the baseline, 0 suppressed)$" "$work/err" ||
	{ cat "$work/err"; echo "expected 2 new findings and 7 in the baseline"; exit 1; }
grep ": warning: " "$work/out" | cut -d: -f1 >"$work/where"
printf '%s\n' testcases/callbacks/dispatch/drv_direct.c \
	testcases/callbacks/dispatch/drv_helpers.c | diff -u - "$work/where" ||
	{ echo "the new findings are not the two that moved into the drivers"; exit 1; }
echo "baseline-blame: 7 unchanged fingerprints hold, 2 findings moved into the drivers"
