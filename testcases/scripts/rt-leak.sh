#!/bin/bash
# rt-leak.sh - `report -Wrt-wait-context` frees what it allocates: the
# raw view's solve builds a notifier plan of its own, which its findings
# point into and which was never freed (LeakSanitizer: 80 bytes in 2
# allocations of nf_plan_build() on testcases/rt/raw-wait.c).  Only in
# the sanitizer build (SANITIZE=1 make check), where LeakSanitizer is on
# for this one report; the plain report of the same file is the twin.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sc=$top/sleepcheck
[ -n "${SANITIZE:-}" ] || { echo "rt-leak.sh: needs the sanitizer build"; exit 77; }
t=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-rtleak.XXXXXX")
trap 'rm -rf "$t"' EXIT
fail() { echo "rt-leak.sh: $*"; exit 1; }
export SLEEPCHECK_RULES=$top/rules
export SLEEPCHECK_DB=$t/db

(cd "$top" && ASAN_OPTIONS=detect_leaks=0 "$sc" --no-local-report \
	-Itestcases/include testcases/rt/raw-wait.c) >/dev/null 2>&1
rc=$?
[ $rc -le 1 ] || fail "checking testcases/rt/raw-wait.c: exit $rc"
# without the raw view: no finding (exit 0); with it: its findings (1)
for w in "" -Wrt-wait-context; do
	ASAN_OPTIONS=detect_leaks=1 "$sc" report $w >"$t/out" 2>"$t/err"
	rc=$?
	grep -q "LeakSanitizer" "$t/err" && { grep -A8 "leak of" "$t/err" | head -20; fail "report $w leaks (above)"; }
	want=0
	[ -n "$w" ] && want=1
	[ $rc = $want ] || fail "report $w: exit $rc, want $want"
done
echo "rt-leak.sh: report and report -Wrt-wait-context free what they allocate"
