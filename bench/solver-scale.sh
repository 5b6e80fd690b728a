#!/bin/bash
# solver-scale.sh - how `sleepcheck report` scales: synthetic fact
# databases of 10k, 100k and 1M functions (bench/synth.c: kernel-like
# fan-out, cycles, 2% atomic calls), report time and peak memory for each.
# Writes its section of bench/RESULTS.md, with the largest graph's report
# phase by phase (SLEEPCHECK_PHASES=1).  usage: bench/solver-scale.sh [N...]
#
#   SOLVER_SCALE_BEFORE=BIN  also measure an older sleepcheck on the same
#                            databases (a "before" row under each "after"
#                            row) and say whether its reports are
#                            byte-identical to this build's
#   SOLVER_SCALE_RUNS=N      run each report N times, alternating the
#                            builds, and keep each one's least CPU time
#                            (with that run's wall time): on a shared
#                            machine the other jobs only ever add to it
#   SOLVER_SCALE_CACHE=DIR   keep the synthetic databases in DIR and use
#                            them again on the next run (bench/synth is
#                            deterministic; a copy is reported)
#   SOLVER_SCALE_KERNEL=DB:SRC  add a row for a real kernel database DB
#                            (a copy is used; reported from inside the
#                            source tree SRC, as `make C=1` users do,
#                            with --format=json --stats; the copy is
#                            reported once by this build first, which
#                            packs a database an older sleepcheck wrote,
#                            as its first report does: the rows then
#                            measure the reports that follow; that first
#                            one is bench/incremental.sh's)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/lib.sh"
make -C "$top" -s sleepcheck bench/synth
sizes=${*:-10000 100000 1000000}
before=${SOLVER_SCALE_BEFORE:-}
kernel=${SOLVER_SCALE_KERNEL:-}
cache=${SOLVER_SCALE_CACHE:-}
runs=${SOLVER_SCALE_RUNS:-1}
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
# the build measured, copied: the tree may be rebuilt while this runs
cp "$top/sleepcheck" "$work/after"
export SLEEPCHECK_RULES=$top/rules
out=$work/section.md
load=$(cut -d' ' -f1-3 /proc/loadavg)
{
	echo "<!-- begin solver-scale -->"
	echo "## Solver scaling on synthetic call graphs"
	echo
	echo "Command: \`${before:+SOLVER_SCALE_BEFORE=$before }${kernel:+SOLVER_SCALE_KERNEL=$kernel }${cache:+SOLVER_SCALE_CACHE=$cache }${SOLVER_SCALE_RUNS:+SOLVER_SCALE_RUNS=$runs }bash bench/solver-scale.sh $sizes\`,"
	echo "$(date -u +%Y-%m-%d), $(nproc) cores, load average $load at the start"
	echo "(a shared machine: CPU time is user+sys of the report alone, wall"
	echo "includes waiting for a core).  Each synthetic database holds N functions"
	echo "with 1-9 calls each (cycles, 2% of calls under a spinlock, 4% to sleep"
	echo "sources); times are for \`sleepcheck report\`."
	[ -n "$before" ] && echo "\"before\" is \`$before\`, measured on the same databases right after."
	[ "$runs" -gt 1 ] && echo "Each row is the run of least CPU time of $runs (the builds alternating), with its wall time."
	[ -n "$kernel" ] && echo "The kernel database is reported once by this build before it is measured (a database an older sleepcheck wrote is read from its rows and packed by its first report: bench/incremental.sh measures that one)."
	echo
	echo "| graph | functions | calls | database MiB | build | report wall s | report CPU s | peak RSS MiB | findings | reports identical |"
	echo "|---|---:|---:|---:|---|---:|---:|---:|---:|---|"
} >"$out"

# timed BUILD BIN: one report of $db by BIN, its output kept in
# $work/BUILD.out and .err (measure() drops it); keeps in $work/BUILD.best
# "CPU WALL RSS" of the run of least CPU time so far
timed() {
	local b=$1 bin=$2 u s wall rss cpu
	cd "$dir"
	/usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" report \
		--db="$db" $args >"$work/$b.out" 2>"$work/$b.err" || true
	cd "$top"
	read -r wall u s rss < <(tail -n 1 "$work/time")
	cpu=$(printf "%.2f" "$(echo "$u + $s" | bc)")
	if [ ! -s "$work/$b.best" ] ||
	   [ "$(echo "$cpu < $(cut -d' ' -f1 "$work/$b.best")" | bc)" = 1 ]; then
		echo "$cpu $wall $rss" >"$work/$b.best"
	fi
}

# row GRAPH N CALLS MIB: measures after (and before) on $db with $args
row() {
	local graph=$1 n=$2 calls=$3 size=$4 b same=""
	rm -f "$work/after.best" "$work/before.best"
	for _ in $(seq "$runs"); do
		timed after "$work/after"
		[ -z "$before" ] || timed before "$before"
	done
	for b in after ${before:+before}; do
		read -r CPU WALL RSS <"$work/$b.best"
		findings=$(grep -c "warning:" "$work/$b.out" || true)
		[ "$args" = "" ] || findings=$(sed -n 's/.*, \([0-9]*\) findings$/\1/p' "$work/$b.err" | head -n 1)
		if [ $b = before ]; then
			cmp -s "$work/after.out" "$work/before.out" && same=yes || same=NO
		fi
		echo "| $graph | $n | $calls | $size | $b | $WALL | $CPU | $((RSS / 1024)) | $findings | $same |" >>"$out"
		echo "solver-scale: $graph, $b: ${WALL}s wall, ${CPU}s CPU, $((RSS / 1024)) MiB, $findings findings"
	done
}

for n in $sizes; do
	db=$work/synth-$n.db
	dir=$work
	args=""
	if [ -n "$cache" ]; then
		mkdir -p "$cache"
		[ -f "$cache/synth-$n.db" ] ||
			"$top/bench/synth" "$n" "$cache/synth-$n.db"
		cp "$cache/synth-$n.db" "$db"
	else
		"$top/bench/synth" "$n" "$db"
	fi
	calls=$(sqlite3 "$db" "select count(*) from call")
	size=$(echo "scale=1; $(stat -c %s "$db") / 1048576" | bc)
	row synthetic "$n" "$calls" "$size"
	# the largest graph once more, phase by phase (facts/phase.h)
	if [ "$n" = "${sizes##* }" ]; then
		(cd "$work" && SLEEPCHECK_PHASES=1 "$work/after" report \
			--db="$db" 2>&1 >/dev/null | sed -n 's/^sleepcheck: phase //p') \
			>"$work/phases" || true
	fi
	rm -f "$db"*
done
if [ -n "$kernel" ]; then
	db=$work/kernel.db
	dir=${kernel#*:}
	args="--format=json --stats"
	cp "${kernel%%:*}" "$db"
	(cd "$dir" && "$work/after" report --db="$db" --quiet >/dev/null 2>&1) || true
	n=$(sqlite3 "$db" "select count(*) from func")
	calls=$(sqlite3 "$db" "select count(*) from call")
	size=$(echo "scale=1; $(stat -c %s "$db") / 1048576" | bc)
	row "kernel ($(basename "${kernel%%:*}"))" "$n" "$calls" "$size"
	rm -f "$db"*
fi
if [ -s "$work/phases" ]; then
	{
		echo
		echo "Where the report of the ${sizes##* }-function graph goes, phase by phase"
		echo "(\`SLEEPCHECK_PHASES=1\`, one more run of this build: CPU time of"
		echo "each phase, of it the system's and the page faults, memory"
		echo "resident at its end and the peak so far):"
		echo
		sed 's/^/    /' "$work/phases"
	} >>"$out"
fi
echo "<!-- end solver-scale -->" >>"$out"
section solver-scale "$out"
