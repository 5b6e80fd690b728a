#!/bin/bash
# solver-scale.sh - how `sleepcheck report` scales: synthetic fact
# databases of 10k, 100k and 1M functions (bench/synth.c: kernel-like
# fan-out, cycles, 2% atomic calls), report time and peak memory for each.
# Writes its section of bench/RESULTS.md.  usage: bench/solver-scale.sh [N...]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/lib.sh"
make -C "$top" -s sleepcheck bench/synth
sizes=${*:-10000 100000 1000000}
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
out=$work/section.md
{
	echo "<!-- begin solver-scale -->"
	echo "## Solver scaling on synthetic call graphs"
	echo
	echo "Command: \`bash bench/solver-scale.sh $sizes\`, $(date -u +%Y-%m-%d), $(nproc) cores."
	echo "Each database holds N functions with 1-9 calls each (cycles, 2% of calls"
	echo "under a spinlock, 4% to sleep sources); times are for \`sleepcheck report\`."
	echo
	echo "| functions | calls | database MiB | report wall s | report CPU s | peak RSS MiB | findings |"
	echo "|---:|---:|---:|---:|---:|---:|---:|"
} >"$out"
for n in $sizes; do
	db=$work/synth-$n.db
	"$top/bench/synth" "$n" "$db"
	calls=$(sqlite3 "$db" "select count(*) from call")
	size=$(echo "scale=1; $(stat -c %s "$db") / 1048576" | bc)
	measure "$top/sleepcheck" report --db="$db"
	findings=$("$top/sleepcheck" report --db="$db" | grep -c "warning:" || true)
	echo "| $n | $calls | $size | $WALL | $CPU | $((RSS / 1024)) | $findings |" >>"$out"
	echo "solver-scale: $n functions: ${WALL}s, $((RSS / 1024)) MiB, $findings findings"
	rm -f "$db"*
done
echo "<!-- end solver-scale -->" >>"$out"
section solver-scale "$out"
