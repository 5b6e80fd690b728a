#!/bin/bash
# crash-safety.sh - writers killed with SIGKILL at random points while
# they store facts (24 in parallel, each file checked twice with
# different contents): afterwards PRAGMA integrity_check passes and each
# file's facts are all of one version, old or new, never a mix.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-kill.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
gen() {	# gen FILE VERSION: 40 functions named for the version
	{
		echo '#include <linux/spinlock.h>'
		echo '#include <linux/slab.h>'
		for k in $(seq 1 40); do
			echo "void *$2_$k(void) { return kmalloc($k, GFP_KERNEL); }"
		done
	} >"$1"
}
for i in $(seq 1 24); do gen f$i.c v1; done
ls f*.c | xargs -P 24 -n 1 "$top/sleepcheck" --no-local-report --db=k.db \
	-I"$top/testcases/include" 2>/dev/null || exit 1
for i in $(seq 1 24); do gen f$i.c v2; done
for round in 1 2 3; do
	pids=()
	for i in $(seq 1 24); do
		"$top/sleepcheck" --no-local-report --db=k.db -I"$top/testcases/include" f$i.c \
			2>/dev/null &
		pids+=($!)
	done
	sleep 0.$((RANDOM % 9 + 1))
	for p in "${pids[@]}"; do
		[ $((RANDOM % 2)) = 0 ] && kill -9 "$p" 2>/dev/null
	done
	wait
done
[ "$(sqlite3 k.db 'pragma integrity_check')" = ok ] || { echo "integrity_check failed"; exit 1; }
for i in $(seq 1 24); do
	v=$(sqlite3 k.db "select group_concat(distinct substr(func.name, 1, 2)) from func
		join file on func.file_id = file.id where file.path = 'f$i.c'")
	n=$(sqlite3 k.db "select count(*) from func join file on func.file_id = file.id
		where file.path = 'f$i.c'")
	case "$v/$n" in
	v1/40|v2/40) ;;
	*) echo "f$i.c: facts '$v' ($n functions): a mix or a loss"; exit 1 ;;
	esac
done
echo "24 files, writers killed at random: database intact, each file all old or all new"
