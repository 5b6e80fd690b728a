#!/bin/bash
# concurrent-writers.sh - 48 files checked by 24 sleepcheck processes at
# once into one database (as make -j24 would): every file's facts must be
# there, no process may fail with "database is locked", and the report
# must equal the one from checking the same files one at a time.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-conc.XXXXXX")
trap 'rm -rf "$work"' EXIT
n=48
for i in $(seq 1 $n); do
	{
		echo '#include <linux/spinlock.h>'
		echo '#include <linux/slab.h>'
		echo "static spinlock_t lock$i;"
		echo "void *alloc_$i(gfp_t gfp);"
		echo "void *alloc_$(( i % n + 1 ))(gfp_t gfp);"
		echo "void *alloc_$i(gfp_t gfp) { return kmalloc($i, gfp); }"
		echo "void *user_$i(void)"
		echo "{"
		echo "	void *p;"
		echo "	spin_lock(&lock$i);"
		# every third file passes a blocking gfp to the next file's helper
		if [ $((i % 3)) = 0 ]; then g=GFP_KERNEL; else g=GFP_ATOMIC; fi
		echo "	p = alloc_$(( i % n + 1 ))($g);"
		echo "	spin_unlock(&lock$i);"
		echo "	return p;"
		echo "}"
	} >"$work/f$i.c"
done
cd "$work" || exit 1
export SLEEPCHECK_DB_TIMEOUT=120
ls f*.c | xargs -P 24 -n 1 "$top/sleepcheck" --no-local-report --db=par.db \
	-I"$top/testcases/include" 2>"$work/err"
rc=$?
if [ $rc != 0 ] || [ -s "$work/err" ]; then
	echo "parallel checks failed (xargs exit $rc):"
	head -n 20 "$work/err"
	exit 1
fi
for f in f*.c; do
	"$top/sleepcheck" --no-local-report --db=seq.db -I"$top/testcases/include" "$f" || exit 1
done
files=$(sqlite3 par.db "select count(*) from file")
funcs=$(sqlite3 par.db "select count(*) from func")
[ "$files" = $n ] && [ "$funcs" = $((2 * n)) ] || {
	echo "expected $n files and $((2 * n)) functions, found $files and $funcs"
	exit 1
}
"$top/sleepcheck" report --db=par.db >par.out
"$top/sleepcheck" report --db=seq.db >seq.out
cmp -s par.out seq.out || { diff -u seq.out par.out | head -n 20; exit 1; }
found=$(grep -c "warning:" par.out)
[ "$found" = $((n / 3)) ] || { echo "expected $((n / 3)) findings, got $found"; exit 1; }
sqlite3 par.db "pragma integrity_check" | grep -qx ok || { echo "integrity_check failed"; exit 1; }
echo "$n files from 24 writers: all facts present, $found findings, same as sequential"
