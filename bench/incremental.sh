#!/bin/bash
# incremental.sh - what `make C=1` costs after an edit of one file of a
# whole-tree database: the check of that file as kbuild runs it (CHECK=,
# its command line from the file's .o.cmd, from the top of the tree),
# then `sleepcheck report --format=json --stats`.  Also the first report
# of the database as it was given (an older sleepcheck's is read from its
# rows and packed) and a second one (from the packs), and whether each
# report after a recheck equals the report of the same database read from
# its rows.  Writes its section of bench/RESULTS.md.
# usage: bench/incremental.sh DB SRC [FILE.c...]
#   DB   a whole-tree database (copied; the copy is the one written)
#   SRC  the built kernel tree it was made from (read only: nothing is
#        written there; the checks write the copy of DB)
#   INCREMENTAL_RUNS=N  time each report after the first N times and keep
#        the run of least CPU time (other jobs on a shared machine only
#        ever add to it); the first report, which may pack, runs once
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/lib.sh"
[ $# -ge 2 ] || { echo "usage: bench/incremental.sh DB SRC [FILE.c...]"; exit 2; }
db_in=$1
src=$(cd "$2" && pwd)
shift 2
files=${*:-net/ipv4/icmp.c kernel/sched/core.c drivers/net/ethernet/intel/e1000/e1000_main.c}
make -C "$top" -s sleepcheck
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-incr.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$top/sleepcheck" "$work/sleepcheck"
sc=$work/sleepcheck
export SLEEPCHECK_RULES=$top/rules
db=$work/w.db
cp "$db_in" "$db"
out=$work/section.md
# the kernel's CHECKFLAGS for x86_64 (Makefile), then the file's c_flags
checkflags="-D__linux__ -Dlinux -D__STDC__ -Dunix -D__unix__ -Wbitwise
	-Wno-return-void -Wno-unknown-attribute --arch=x86 -mlittle-endian -m64"

runs=${INCREMENTAL_RUNS:-1}
# report NAME [N]: times a report of $db into $work/NAME.json, N times
# (1 if not given): WALL, CPU and RSS of the run of least CPU time
report() {
	local wall u s rss cpu
	CPU=
	for _ in $(seq "${2:-1}"); do
		cd "$src"
		/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$sc" report \
			--db="$db" --format=json --stats >"$work/$1.json" \
			2>"$work/$1.err" || true
		cd "$top"
		read -r wall u s rss < <(tail -n 1 "$work/time")
		cpu=$(printf "%.2f" "$(echo "$u + $s" | bc)")
		if [ -z "$CPU" ] || [ "$(echo "$cpu < $CPU" | bc)" = 1 ]; then
			CPU=$cpu WALL=$wall RSS=$rss
		fi
	done
}

{
	echo "<!-- begin incremental -->"
	echo "## After \`make C=1\`: one file checked again, then the report"
	echo
	echo "Command: \`${INCREMENTAL_RUNS:+INCREMENTAL_RUNS=$runs }bash bench/incremental.sh $db_in $src $files\`,"
	echo "$(date -u +%Y-%m-%d), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
	echo "(a shared machine: CPU is user+sys).  Each check is the file's kbuild"
	echo "command line (its \`.o.cmd\`) run as \`CHECK=sleepcheck\` from the top of"
	echo "the tree into a copy of the database; each report is"
	echo "\`sleepcheck report --format=json --stats\` from the tree.  \"same as rows\""
	echo "compares the report with one of the same database read from its rows"
	echo "(\`SLEEPCHECK_DB_ROWS=1\`), as a database without packs is."
	[ "$runs" -gt 1 ] && echo "Each report after the first is the run of least CPU time of $runs, with its wall time."
	echo
	echo "| step | wall s | CPU s | peak RSS MiB | files packed | findings | same as rows |"
	echo "|---|---:|---:|---:|---:|---:|---|"
} >"$out"
packs() { sqlite3 "$db" "SELECT count(*) FROM pack" 2>/dev/null || echo 0; }
nfiles=$(sqlite3 "$db" "SELECT count(*) FROM file")
findings() { sed -n 's/.*, \([0-9]*\) findings$/\1/p' "$work/$1.err" | head -n 1; }

report first
echo "| report of the database as given ($(basename "$db_in"), $nfiles files) | $WALL | $CPU | $((RSS / 1024)) | $(packs) | $(findings first) | |" >>"$out"
echo "incremental: first report ${WALL}s wall, ${CPU}s CPU"
report second "$runs"
echo "| report again (packed) | $WALL | $CPU | $((RSS / 1024)) | $(packs) | $(findings second) | |" >>"$out"
echo "incremental: second report ${WALL}s wall, ${CPU}s CPU"
for f in $files; do
	cmdf=$src/$(dirname "$f")/.$(basename "${f%.c}").o.cmd
	[ -f "$cmdf" ] || { echo "incremental: no $cmdf"; exit 2; }
	# cmd_X.o := gcc FLAGS -c -o X.o X.c; objtool ...: the flags, less
	# the dependency file kbuild asks of gcc (nothing is written in the
	# tree) and what follows the compile; quoted as the shell quotes them
	flags=$(sed -n '1s/^cmd_[^ ]* := gcc //p' "$cmdf" |
		sed -e 's/ -c -o .*$//' -e 's/-Wp,-MMD,[^ ]*//')
	eval "set -- $flags"
	cd "$src"
	# shellcheck disable=SC2086 # word splitting of checkflags is meant
	/usr/bin/time -f "%e %U %S %M" -o "$work/time" env SLEEPCHECK_DB="$db" \
		"$sc" $checkflags "$@" "$f" >"$work/check.out" 2>&1 || true
	grep -q "does not parse" "$work/check.out" && { cat "$work/check.out"; exit 1; }
	cd "$top"
	read -r WALL u s RSS < <(tail -n 1 "$work/time")
	CPU=$(printf "%.2f" "$(echo "$u + $s" | bc)")
	echo "| check $f (CHECK=) | $WALL | $CPU | $((RSS / 1024)) | $(packs) | | |" >>"$out"
	echo "incremental: check $f ${WALL}s wall, ${CPU}s CPU"
	report after "$runs"
	(cd "$src" && SLEEPCHECK_DB_ROWS=1 "$sc" report --db="$db" --format=json \
		--stats >"$work/rows.json" 2>"$work/rows.err") || true
	same=NO
	cmp -s "$work/after.json" "$work/rows.json" && cmp -s "$work/after.err" "$work/rows.err" && same=yes
	echo "| report after it | $WALL | $CPU | $((RSS / 1024)) | $(packs) | $(findings after) | $same |" >>"$out"
	echo "incremental: report after $f ${WALL}s wall, ${CPU}s CPU, same as rows: $same"
done
echo "<!-- end incremental -->" >>"$out"
section incremental "$out"
