#!/bin/bash
# kbuild-assert.sh - builds testcases/kbuild/assert (assertions of atomic
# context: lockdep_assert_held() of a spinlock_t, raw_spinlock_t and
# rwlock_t, lockdep_assert_irqs_disabled(), WARN_ON_ONCE(!irqs_disabled()),
# lockdep_assert_preemption_disabled(), each followed by a sleep, and
# ok_* twins: a mutex, GFP_ATOMIC, the lock dropped, the opposite test,
# sleeps under a spinlock only where a WARN_ON() fires)
# with the real kbuild and headers of Linux 6.1 and 6.12, and 6.12's
# PREEMPT_RT set (linux-headers-6.12.*-rt-amd64, where spinlock_t is an
# rt_mutex: the lock-type rules name typedefs, not structs), both front
# ends (CHECK=sleepcheck, then `sleepcheck scan`).  Without lockdep the
# macros expand to nothing, so this is where recognising them before
# they expand is tried on the real headers.  Every run must report the
# bug_* functions at their assertion and no ok_* one.  Skips (77) when
# no header set is installed, unless SLEEPCHECK_REQUIRE_KBUILD=1.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sets=""
for h in $(ls -d /usr/src/linux-headers-6.1.*-amd64 /usr/src/linux-headers-6.12.*-amd64 \
	   2>/dev/null | sort -V); do
	[ -f "$h/Makefile" ] && sets="$sets $h"
done
if [ -z "$sets" ]; then
	[ "${SLEEPCHECK_REQUIRE_KBUILD:-0}" = 1 ] && { echo "no kernel headers"; exit 1; }
	echo "no 6.1 or 6.12 kernel headers installed"; exit 77
fi
want=$(sed -n 's/^noinline void \(bug_[a-z_]*\)(.*$/\1/p' "$top/testcases/kbuild/assert/assert.c" | sort)
[ "$(echo "$want" | wc -l)" -ge 6 ] || { echo "fewer than 6 bug_* cases"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-assert.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset SLEEPCHECK_DB
fail=0

verdicts() {	# the functions reported at an assertion
	sed -n "s/.*note: '\([a-z_]*\)' asserts .* here, at '[A-Za-z_]*'$/\1/p" "$1" | sort -u
}

compare() {	# compare LABEL REPORT
	if [ "$(verdicts "$2")" != "$want" ]; then
		echo "$1: verdicts differ (< expected, > reported):"
		diff <(echo "$want") <(verdicts "$2") | grep '^[<>]'
		fail=1
	fi
	if grep -q "in 'ok_\|'ok_[a-z_]*' calls" "$2"; then
		echo "$1: an ok_* function is reported:"
		grep "ok_" "$2" | head -3
		fail=1
	fi
}

for h in $sets; do
	ver=$(basename "$h" | sed 's/^linux-headers-//')
	d=$work/$ver
	mkdir -p "$d"
	cp "$top"/testcases/kbuild/assert/* "$d"/
	make -C "$h" M="$d" C=2 CHECK="$top/sleepcheck --no-local-report" modules \
		>"$d/build.log" 2>&1 || { tail -n 20 "$d/build.log"; echo "$ver: kbuild failed"; exit 1; }
	(cd "$d" && "$top/sleepcheck" report) >"$d/report" 2>&1
	compare "$ver (sparse)" "$d/report"
	if "$top/sleepcheck" --version | grep -q libclang; then
		"$top/scripts/kbuild-ccdb.sh" "$h" "$d" >"$d/compile_commands.json" ||
			{ echo "$ver: kbuild-ccdb failed"; exit 1; }
		(cd "$d" && "$top/sleepcheck" scan -p . --db=scan.db --no-progress) \
			>"$d/scan" 2>"$d/scan.err"
		grep -q " 0 failed" "$d/scan.err" || { cat "$d/scan.err"; echo "$ver: scan failed"; exit 1; }
		compare "$ver (libclang)" "$d/scan"
	fi
done
exit $fail
