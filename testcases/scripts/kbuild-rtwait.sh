#!/bin/bash
# kbuild-rtwait.sh - builds testcases/kbuild/rtwait (PREEMPT_RT invalid
# wait contexts: a spinlock_t taken or a GFP_ATOMIC allocation under a
# raw_spinlock_t, local_irq_save(), preempt_disable() or in a
# HRTIMER_MODE_REL_HARD hrtimer, and ok_* twins under a spinlock_t, after
# the raw section, in a soft hrtimer) with the real kbuild and headers of
# Linux 6.12 and its PREEMPT_RT set (linux-headers-6.12.*-rt-amd64, where
# spin_lock() is an inline over rt_spin_lock()), both front ends
# (CHECK=sleepcheck, then `sleepcheck scan`).  `report -Wrt-wait-context`
# must report every bug_* function and no ok_* one; plain `report` none
# of them (nothing here sleeps on a non-RT kernel).  Skips (77) when no
# 6.12 header set is installed, unless SLEEPCHECK_REQUIRE_KBUILD=1.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sets=""
for h in $(ls -d /usr/src/linux-headers-6.12.*-amd64 2>/dev/null | sort -V); do
	[ -f "$h/Makefile" ] && sets="$sets $h"
done
if [ -z "$sets" ]; then
	[ "${SLEEPCHECK_REQUIRE_KBUILD:-0}" = 1 ] && { echo "no kernel headers"; exit 1; }
	echo "no 6.12 kernel headers installed"; exit 77
fi
src=$top/testcases/kbuild/rtwait/rtwait.c
want=$(sed -n 's/^\(noinline void\|static enum hrtimer_restart\) \(bug_[a-z_]*\)(.*$/\2/p' "$src" | sort)
[ "$(echo "$want" | wc -l)" -ge 5 ] || { echo "fewer than 5 bug_* cases"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-rtwait.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset SLEEPCHECK_DB
fail=0

verdicts() {	# the functions of the rt-wait-context findings
	awk '/\[-Wrt-wait-context\]$/ {
		if (match($0, /in .[a-z_]*. \[-Wrt/)) {
			s = substr($0, RSTART + 4, RLENGTH - 4); sub(/. \[-Wrt$/, "", s)
			print s; next
		}
		want = 1; next
	}
	want { want = 0; if (match($0, / in .[a-z_]*.$/)) {
		s = substr($0, RSTART + 5, RLENGTH - 6); print s } }' "$1" | sort -u
}

compare() {	# compare LABEL REPORT PLAIN-REPORT
	if [ "$(verdicts "$2")" != "$want" ]; then
		echo "$1: verdicts differ (< expected, > reported):"
		diff <(echo "$want") <(verdicts "$2") | grep '^[<>]'
		fail=1
	fi
	if grep -q "ok_" "$2"; then
		echo "$1: an ok_* function is reported:"
		grep "ok_" "$2" | head -3
		fail=1
	fi
	if grep -q "bug_\|ok_" "$3"; then
		echo "$1: reported without -Wrt-wait-context:"
		head -3 "$3"
		fail=1
	fi
}

for h in $sets; do
	ver=$(basename "$h" | sed 's/^linux-headers-//')
	d=$work/$ver
	mkdir -p "$d"
	cp "$top"/testcases/kbuild/rtwait/* "$d"/
	make -C "$h" M="$d" C=2 CHECK="$top/sleepcheck --no-local-report" modules \
		>"$d/build.log" 2>&1 || { tail -n 20 "$d/build.log"; echo "$ver: kbuild failed"; exit 1; }
	(cd "$d" && "$top/sleepcheck" report -Wrt-wait-context) >"$d/report" 2>&1
	(cd "$d" && "$top/sleepcheck" report) >"$d/plain" 2>&1
	compare "$ver (sparse)" "$d/report" "$d/plain"
	if "$top/sleepcheck" --version | grep -q libclang; then
		"$top/scripts/kbuild-ccdb.sh" "$h" "$d" >"$d/compile_commands.json" ||
			{ echo "$ver: kbuild-ccdb failed"; exit 1; }
		(cd "$d" && "$top/sleepcheck" scan -p . --db=scan.db --no-progress \
			-Wrt-wait-context) >"$d/scan" 2>"$d/scan.err"
		grep -q " 0 failed" "$d/scan.err" || { cat "$d/scan.err"; echo "$ver: scan failed"; exit 1; }
		(cd "$d" && "$top/sleepcheck" report --db=scan.db) >"$d/scan-plain" 2>&1
		compare "$ver (libclang)" "$d/scan" "$d/scan-plain"
	fi
done
exit $fail
