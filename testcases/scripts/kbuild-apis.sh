#!/bin/bash
# kbuild-apis.sh - builds testcases/kbuild/apis (24 sleeping or allocating
# APIs a driver really calls, each under a kind of atomic context, each
# with a non-blocking or outside-the-lock twin) with the real kbuild and
# headers of every Debian header set installed: Linux 6.1
# (linux-headers-amd64) and 6.12 (linux-headers-6.12.*-amd64), both front
# ends (CHECK=sleepcheck, then `sleepcheck scan`).  Module-only: the core
# kernel's bodies are not in the database, so this is where the rules and
# the gfp convention are tried on each kernel's real names (6.12's
# *_noprof allocators, PREEMPT_DYNAMIC's static calls for might_sleep()).
# Every run must report exactly the bug_* functions and no ok_* one.
# Skips (77) when no header set is installed, unless
# SLEEPCHECK_REQUIRE_KBUILD=1 (CI), where both sets must be there.
# KERNEL_HEADERS_61 / KERNEL_HEADERS_612 name other header directories.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
h61=${KERNEL_HEADERS_61:-$(ls -d /usr/src/linux-headers-6.1.*-amd64 2>/dev/null | grep -v -- -rt- | sort -V | tail -n 1)}
h612=${KERNEL_HEADERS_612:-$(ls -d /usr/src/linux-headers-6.12.*-amd64 2>/dev/null | grep -v -- -rt- | sort -V | tail -n 1)}
sets=""
for h in $h61 $h612; do
	[ -f "$h/Makefile" ] && sets="$sets $h"
done
if [ "${SLEEPCHECK_REQUIRE_KBUILD:-0}" = 1 ]; then
	for want in "$h61" "$h612"; do
		[ -n "$want" ] && [ -f "$want/Makefile" ] || {
			echo "missing a header set (6.1: '$h61', 6.12: '$h612'); install" \
			     "linux-headers-amd64 and linux-headers-6.12.*-amd64"
			exit 1
		}
	done
fi
[ -n "$sets" ] || { echo "no 6.1 or 6.12 kernel headers installed"; exit 77; }

want=$(sed -n 's/^static void \(bug_[a-z_]*\)(void)$/\1/p' "$top/testcases/kbuild/apis/apis.c" | sort)
[ "$(echo "$want" | wc -l)" -ge 15 ] || { echo "fewer than 15 bug_* cases in apis.c"; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-apis.XXXXXX")
trap 'rm -rf "$work"' EXIT
unset SLEEPCHECK_DB
fail=0

# the functions whose atomic calls are reported, one per line
verdicts() {
	sed -n "s/.*note: atomic context begins here, at '[^']*' in '\([^']*\)'$/\1/p" "$1" | sort -u
}

# the kmalloc() in bug_compound()'s compound literal is reported at its
# own line of apis.c, not at a line of the header it is inlined from
cline=$(grep -n '/\* compound \*/' "$top/testcases/kbuild/apis/apis.c" | cut -d: -f1)

compare() {	# compare LABEL REPORT
	if [ "$(verdicts "$2")" != "$want" ]; then
		echo "$1: verdicts differ (< expected, > reported):"
		diff <(echo "$want") <(verdicts "$2") | grep '^[<>]'
		fail=1
	fi
	if ! grep -q "apis.c:$cline:[0-9]*: warning: call to 'kmalloc" "$2"; then
		echo "$1: the compound literal's kmalloc() is not reported at apis.c:$cline:"
		grep -A1 "in 'bug_compound'" "$2" | head -3
		grep "warning:.*" "$2" | grep -v "apis.c" | head -3
		fail=1
	fi
}

for h in $sets; do
	ver=$(basename "$h" | sed 's/^linux-headers-//')
	d=$work/$ver
	mkdir -p "$d"
	cp "$top"/testcases/kbuild/apis/* "$d"/
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
	elif [ "${SLEEPCHECK_REQUIRE_LIBCLANG:-0}" = 1 ]; then
		echo "built without libclang"; exit 1
	fi
done
exit $fail
