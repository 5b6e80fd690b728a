#!/bin/bash
# kernel-vs-sparse.sh - kbuild C=2 over Linux 6.1 x86_64 defconfig
# directories (default kernel/ mm/), files already compiled, once with
# plain sparse 0.6.4 (built from the same source as libsparse) and once
# with sleepcheck, alternating, ROUNDS times each; then `sleepcheck
# report`.  Writes its section of bench/RESULTS.md ("all": the whole tree,
# `make -k`, its own section).  KEEP_DB=PATH keeps sleepcheck's database
# of the last round there (bench/tree-shards.sh compares its merge with it).
# usage: bench/kernel-vs-sparse.sh [DIR...|all]
#   (env: KERNEL_TREE, ROUNDS, JOBS, KEEP_DB)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/lib.sh"
tree=${KERNEL_TREE:-$top/build/kernel-x86/linux-source-6.1}
dirs=${*:-kernel/ mm/}
targets=$dirs keep= name=kernel-vs-sparse
if [ "$dirs" = all ]; then
	# the whole tree: files that do not build are skipped, as kbuild -k does
	targets= keep=-k name=kernel-vs-sparse-all
fi
rounds=${ROUNDS:-2}
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
jobs=${JOBS:-$(nproc)}
make -C "$top" -s sleepcheck
make -C "$top/build/sparse" -s sparse >/dev/null
if [ ! -f "$tree/.config" ]; then
	SLEEPCHECK_KERNEL_DIR=$(dirname "$tree") bash "$top/scripts/kernel-run.sh" x86 $dirs >/dev/null
fi
cd "$tree"
# compile first, so that both runs only check
make $keep -j"$jobs" $targets >/dev/null 2>&1 || [ -n "$keep" ]
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
db=$work/kernel.db
declare -A wall cpu rss endload
for tool in sparse sleepcheck; do wall[$tool]=0; cpu[$tool]=0; rss[$tool]=0; done
for r in $(seq 1 "$rounds"); do
	for tool in sparse sleepcheck; do
		if [ $tool = sparse ]; then
			check="$top/build/sparse/sparse"
		else
			rm -f "$db"*
			check="$top/sleepcheck --no-local-report --db=$db"
		fi
		measure make $keep -j"$jobs" C=2 CHECK="$check" $targets
		[ "$RC" = 0 ] || [ -n "$keep" ] || { echo "kbuild with $tool failed" >&2; exit 2; }
		wall[$tool]=$(echo "${wall[$tool]} + $WALL" | bc)
		cpu[$tool]=$(echo "${cpu[$tool]} + $CPU" | bc)
		[ "$RSS" -le "${rss[$tool]}" ] || rss[$tool]=$RSS
		endload[$tool]=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
		echo "kernel-vs-sparse: round $r $tool: ${WALL}s wall, ${CPU}s CPU"
	done
done
files=$(make $keep -j"$jobs" C=2 CHECK=true $targets 2>&1 | grep -c '  CHECK ' || true)
avg() { printf "%.1f" "$(echo "scale=2; $1 / $rounds" | bc)"; }
ratio=$(printf "%.2f" "$(echo "scale=3; ${cpu[sleepcheck]} / ${cpu[sparse]}" | bc)")
size=$(echo "scale=1; $(stat -c %s "$db") / 1048576" | bc)
[ -z "${KEEP_DB:-}" ] || cp "$db" "$KEEP_DB"
measure "$top/sleepcheck" report --db="$db"
rwall=$WALL rrss=$((RSS / 1024))
findings=$("$top/sleepcheck" report --db="$db" 2>/dev/null | grep -c ": warning:" || true)
out=$work/section.md
{
	echo "<!-- begin $name -->"
	echo "## kbuild C=2 on Linux 6.1: plain sparse against sleepcheck"
	echo
	echo "Command: \`bash bench/kernel-vs-sparse.sh $dirs\` (ROUNDS=$rounds, -j$jobs),"
	echo "$(date -u +%Y-%m-%d), $(nproc) cores; x86_64 defconfig, objects already built,"
	echo "runs alternating, times averaged over the rounds; load average"
	echo "$load at the start, 1-minute load at the end of the last round's"
	echo "sparse run ${endload[sparse]}, sleepcheck run ${endload[sleepcheck]} (wall and"
	echo "CPU time grow with the load, for both)."
	echo "Peak RSS: the largest single process of the build (one checker"
	echo "process a file), the most of any round."
	echo
	echo "| | files checked | wall s | CPU s | peak RSS MiB |"
	echo "|---|---:|---:|---:|---:|"
	for tool in sparse sleepcheck; do
		label=$tool
		[ $tool = sleepcheck ] || label="sparse 0.6.4"
		echo "| $label | $files | $(avg "${wall[$tool]}") | $(avg "${cpu[$tool]}") | $((rss[$tool] / 1024)) |"
	done
	echo
	echo "CPU ratio sleepcheck/sparse: $ratio.  Database: $size MiB."
	echo "\`sleepcheck report\`: ${rwall}s wall, $rrss MiB peak RSS, $findings findings"
	echo "(run in the tree, as kbuild users do)."
	echo "<!-- end $name -->"
} >"$out"
section "$name" "$out"
cat "$out"
