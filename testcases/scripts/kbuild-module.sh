#!/bin/bash
# kbuild-module.sh - builds testcases/kbuild/module with the real kbuild and
# headers of Debian's linux-headers-amd64, CHECK=sleepcheck, C=2, and checks
# that `sleepcheck report` finds the four bugs (one with a chain over four
# files) and none of their twins; then `sleepcheck scan` (libclang) over
# the same build's compile commands gives the same facts and report.  Skips (77) when no headers are installed,
# unless SLEEPCHECK_REQUIRE_KBUILD=1 (CI), where that is a failure.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
hdr=${KERNEL_HEADERS:-$(ls -d /usr/src/linux-headers-6.1.*-amd64 2>/dev/null | grep -v -- -rt- | sort -V | tail -n 1)}
if [ -z "$hdr" ] || [ ! -f "$hdr/Makefile" ]; then
	if [ "${SLEEPCHECK_REQUIRE_KBUILD:-0}" = 1 ]; then
		echo "no kernel headers in /usr/src (install linux-headers-amd64)"
		exit 1
	fi
	echo "no kernel headers in /usr/src (install linux-headers-amd64)"
	exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-kbuild.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$top"/testcases/kbuild/module/* "$work"/
unset SLEEPCHECK_DB
make -C "$hdr" M="$work" C=2 CHECK="$top/sleepcheck" modules >"$work/build.log" 2>&1 || {
	cat "$work/build.log"
	echo "kbuild failed"
	exit 1
}
# the database defaults to the module's directory under M=
[ -f "$work/sleepcheck.db" ] || { echo "no sleepcheck.db in the module directory"; exit 1; }
(cd "$work" && "$top/sleepcheck" report) >"$work/report" 2>&1
rc=$?
sed "s|$work/||" "$work/report" >"$work/got"
cat >"$work/want" <<'WANT'
demo_main.c:24:13: warning: call to 'kmalloc' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
demo_main.c:23:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'demo_bug_kmalloc'
demo_main.c:24:13: note: 'demo_bug_kmalloc' calls 'kmalloc_trace' through inline 'kmalloc' with GFP flags that allow blocking, which may sleep
demo_main.c:47:13: warning: call to 'demo_alloc_buf' may sleep with spinlock held, bottom halves disabled [-Wsleep-in-atomic]
demo_main.c:46:9: note: atomic context begins here, at '_raw_spin_lock_bh' in 'demo_bug_helper'
demo_main.c:47:13: note: 'demo_bug_helper' calls 'demo_alloc_buf' with GFP flags that allow blocking
demo_alloc.c:12:16: note: 'demo_alloc_buf' calls '__kmalloc' through inline 'kzalloc' passing on its caller's GFP flags, which may sleep
demo_main.c:67:9: warning: call to 'demo_settle' may sleep with RCU read lock held [-Wsleep-in-atomic]
demo_main.c:66:9: note: atomic context begins here, at 'rcu_read_lock' in 'demo_bug_rcu'
demo_main.c:67:9: note: 'demo_bug_rcu' calls 'demo_settle'
demo_alloc.c:17:9: note: 'demo_settle' calls 'msleep', which may sleep
demo_main.c:90:13: warning: call to 'demo_ring_grow' may sleep with interrupts disabled [-Wsleep-in-atomic]
demo_main.c:89:9: note: atomic context begins here, at 'arch_local_irq_save' in 'demo_bug_chain'
demo_main.c:90:13: note: 'demo_bug_chain' calls 'demo_ring_grow' with GFP flags that allow blocking
demo_ring.c:12:16: note: 'demo_ring_grow' calls 'demo_pool_get' passing on its caller's GFP flags on a path taken only when its argument 1 is non-zero
demo_pool.c:10:16: note: 'demo_pool_get' calls 'demo_alloc_buf' passing on its caller's GFP flags
demo_alloc.c:12:16: note: 'demo_alloc_buf' calls '__kmalloc' through inline 'kzalloc' passing on its caller's GFP flags, which may sleep
WANT
if [ $rc != 1 ] || ! diff -u "$work/want" "$work/got"; then
	echo "report exit $rc, expected 1"
	exit 1
fi
# the CHECK= run printed the one-file finding during the build, too
grep -q "demo_main.c:24:13: warning: call to 'kmalloc'" "$work/build.log" || {
	echo "no finding printed during the build"; exit 1; }

# the libclang front end over the same build: compile_commands.json from
# kbuild's .cmd files, `sleepcheck scan`, the same facts and report
if "$top/sleepcheck" --version | grep -q libclang; then
	"$top/scripts/kbuild-ccdb.sh" "$hdr" "$work" >"$work/compile_commands.json" ||
		{ echo "kbuild-ccdb failed"; exit 1; }
	(cd "$work" && "$top/sleepcheck" scan -p . --db=scan.db) >"$work/scan.out" 2>"$work/scan.err"
	rc=$?
	grep -q "scanned 4 of 4 files (0 unchanged, 0 failed)" "$work/scan.err" || {
		cat "$work/scan.err"; echo "scan of the module failed"; exit 1; }
	sed "s|$work/||" "$work/scan.out" >"$work/scan.got"
	if [ $rc != 1 ] || ! diff -u "$work/want" "$work/scan.got"; then
		echo "scan exit $rc; its report differs from kbuild's"; exit 1
	fi
	(cd "$work" && "$top/sleepcheck" dump-facts) >"$work/sparse.facts"
	(cd "$work" && "$top/sleepcheck" dump-facts --db=scan.db) >"$work/clang.facts"
	diff -u "$work/sparse.facts" "$work/clang.facts" || {
		echo "the two front ends' facts differ on real kernel headers"; exit 1; }
elif [ "${SLEEPCHECK_REQUIRE_LIBCLANG:-0}" = 1 ]; then
	echo "built without libclang"; exit 1
fi

# incremental: edit one file, rebuild with C=1 (only that file is checked
# again); its new facts replace the old, the others stay
sleep 1
sed -i 's/msleep(1);/udelay(1);/' "$work/demo_alloc.c"
make -C "$hdr" M="$work" C=1 CHECK="$top/sleepcheck" modules >"$work/build2.log" 2>&1 || {
	cat "$work/build2.log"; echo "second kbuild failed"; exit 1; }
checked=$(grep -c '  CHECK ' "$work/build2.log")
[ "$checked" = 1 ] || { echo "C=1 checked $checked files, expected 1"; exit 1; }
(cd "$work" && "$top/sleepcheck" report) >"$work/report2" 2>&1
grep -v "demo_bug_rcu\|demo_settle" "$work/want" | grep -v "demo_main.c:67:9" >"$work/want2"
sed "s|$work/||" "$work/report2" | grep -v "demo_main.c:67:9" >"$work/got2"
if grep -q "demo_settle" "$work/report2" || ! diff -u "$work/want2" "$work/got2"; then
	echo "after the edit, the report should lose exactly the msleep finding"
	exit 1
fi
echo "kbuild against $hdr: 4 findings, 0 in the twins, the same from scan; after an edit and C=1, 3"
