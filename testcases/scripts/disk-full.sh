#!/bin/bash
# disk-full.sh - the database on a full disk and on a read-only file
# system (small tmpfs mounts): each failing store is one error line that
# names the database and the system's reason, the exit status is 2, and
# the facts stored before stay whole (PRAGMA integrity_check, dump-facts).
# Needs root and mount(2) (CI runs as root); skips (77) where mounting a
# tmpfs is not allowed.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-full.XXXXXX")
mnt=$work/mnt
cleanup() {
	umount "$mnt" 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$mnt"
if ! mount -t tmpfs -o size=320k tmpfs "$mnt" 2>/dev/null; then
	echo "disk-full: cannot mount a tmpfs here (not root, or no CAP_SYS_ADMIN)"
	exit 77
fi
inc=-I"$top/testcases/include"
db=$mnt/sc.db
fail() { echo "disk-full: $*"; exit 1; }

facts() { "$top/sleepcheck" dump-facts --db="$db" 2>&1; }
intact() {	# the facts of the first check, whole, in a sound database
	[ "$(sqlite3 "$db" 'pragma integrity_check')" = ok ] ||
		fail "$1: integrity_check failed"
	[ "$(facts)" = "$want" ] || { facts | diff <(echo "$want") - | head; fail "$1: stored facts changed"; }
}

"$top/sleepcheck" --no-local-report --db="$db" "$inc" \
	"$top/testcases/pointers/initializer.c" || fail "first check failed"
want=$(facts)
[ -n "$want" ] || fail "no facts stored"

# a file of many functions, so its facts cannot fit in what is left
big=$work/big.c
{
	echo '#include <linux/slab.h>'
	for k in $(seq 1 400); do
		echo "void *big_function_with_a_long_name_$k(void) { return kmalloc($k, GFP_KERNEL); }"
	done
} >"$big"

# 1. full before the store begins, 2. full in the middle of it
for left in 0 24; do
	size=$(df -k --output=avail "$mnt" | tail -n 1)
	dd if=/dev/zero of="$mnt/filler" bs=1k count=$((size - left)) 2>/dev/null
	"$top/sleepcheck" --no-local-report --db="$db" "$inc" "$big" >"$work/out" 2>"$work/err"
	rc=$?
	rm -f "$mnt/filler"
	[ $rc = 2 ] || fail "full disk ($left KiB left): exit $rc, not 2"
	[ "$(wc -l <"$work/err")" = 1 ] || { cat "$work/err"; fail "full disk: not one error line"; }
	grep -Eq "^sleepcheck: error: database '$db': .*(No space left on device|disk is full).*the facts already stored are kept$" \
		"$work/err" || { cat "$work/err"; fail "full disk: the error does not say why"; }
	intact "full disk ($left KiB left)"
done

# 3. a read-only file system: nothing can be written, the report still runs
mount -o remount,ro "$mnt" || fail "cannot remount read-only"
"$top/sleepcheck" --no-local-report --db="$db" "$inc" "$big" >"$work/out" 2>"$work/err"
rc=$?
[ $rc = 2 ] || fail "read-only: exit $rc, not 2"
[ "$(wc -l <"$work/err")" = 1 ] || { cat "$work/err"; fail "read-only: not one error line"; }
grep -q "^sleepcheck: error: .*'$db'.*" "$work/err" || { cat "$work/err"; fail "read-only: the error does not name the database"; }
grep -Eqi "read-?only" "$work/err" || { cat "$work/err"; fail "read-only: the error does not say why"; }
[ "$(facts)" = "$want" ] || fail "read-only: facts not readable"
"$top/sleepcheck" report --db="$db" >/dev/null 2>"$work/err"
rc=$?
[ $rc = 1 ] || { cat "$work/err"; fail "read-only: report exit $rc, not 1 (findings)"; }
mount -o remount,rw "$mnt"
intact "read-only"
echo "disk-full: full disk (twice) and read-only file system: one error line each, facts kept"
exit 0
