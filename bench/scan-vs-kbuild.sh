#!/bin/bash
# scan-vs-kbuild.sh - the two front ends side by side on the same files
# of Linux 6.1 x86_64 defconfig (default kernel/ mm/), in one run:
# kbuild C=2 with the sparse front end, `sleepcheck scan` (libclang) over
# the tree's compile_commands.json, and `scan` again with nothing changed.
# Then both reports and their difference.  Writes its section of
# bench/RESULTS.md.
# usage: bench/scan-vs-kbuild.sh [DIR...]   (env: KERNEL_TREE, JOBS, CCDB)
# CCDB: a compile_commands.json of the tree made beforehand
# (scripts/kbuild-ccdb.sh), for a tree the run must not write to; else
# the tree's own is made in it.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/lib.sh"
tree=${KERNEL_TREE:-$top/build/kernel-x86/linux-source-6.1}
dirs=${*:-kernel/ mm/}
jobs=${JOBS:-$(nproc)}
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
sc=$top/sleepcheck
make -C "$top" -s sleepcheck
"$sc" --version | grep -q libclang || { echo "scan-vs-kbuild: no libclang front end" >&2; exit 2; }
if [ ! -f "$tree/.config" ]; then
	SLEEPCHECK_KERNEL_DIR=$(dirname "$tree") bash "$top/scripts/kernel-run.sh" x86 $dirs >/dev/null
fi
cd "$tree"
make -j"$jobs" $dirs >/dev/null 2>&1	# compiled: kbuild only checks
ccdb=${CCDB:-}
if [ -z "$ccdb" ]; then
	python3 scripts/clang-tools/gen_compile_commands.py -d . -o compile_commands.json
	ccdb=compile_commands.json
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

measure make -j"$jobs" C=2 CHECK="$sc --no-local-report --db=$work/sparse.db" $dirs
[ "$RC" = 0 ] || { echo "kbuild failed" >&2; exit 2; }
k_wall=$WALL k_cpu=$CPU k_rss=$RSS
nfiles=$("$sc" dump-facts --db="$work/sparse.db" | cut -d: -f1 | sort -u | wc -l)
# shellcheck disable=SC2086
measure "$sc" scan --compile-commands "$ccdb" -j"$jobs" --db="$work/clang.db" --no-progress $dirs
[ "$RC" != 2 ] || { echo "scan failed" >&2; exit 2; }
s_wall=$WALL s_cpu=$CPU s_rss=$RSS
# shellcheck disable=SC2086
measure "$sc" scan --compile-commands "$ccdb" -j"$jobs" --db="$work/clang.db" --no-progress $dirs
u_wall=$WALL

"$sc" report --db="$work/sparse.db" >"$work/sparse.txt" 2>/dev/null || true
"$sc" report --db="$work/clang.db" >"$work/clang.txt" 2>/dev/null || true
ns=$(grep -c 'warning:' "$work/sparse.txt" || true)
nc=$(grep -c 'warning:' "$work/clang.txt" || true)
grep 'warning:' "$work/sparse.txt" | sort >"$work/sparse.w"
grep 'warning:' "$work/clang.txt" | sort >"$work/clang.w"
both=$(comm -12 "$work/sparse.w" "$work/clang.w" | wc -l)
out=$work/section.md
{
	echo "<!-- begin scan-vs-kbuild -->"
	echo "## The two front ends on Linux 6.1: kbuild C=2 (sparse) against scan (libclang)"
	echo
	echo "\`bash bench/scan-vs-kbuild.sh $dirs\` on $(date -u +%Y-%m-%d), $(nproc) CPUs, -j$jobs;"
	echo "x86_64 defconfig, files compiled first, $nfiles files with facts;"
	echo "load average $load at the start (CPU time grows with the load)."
	echo
	echo "| run | wall s | CPU s | peak RSS MiB |"
	echo "|---|---|---|---|"
	echo "| kbuild C=2, sparse front end | $k_wall | $k_cpu | $((k_rss / 1024)) |"
	echo "| \`scan\`, libclang front end | $s_wall | $s_cpu | $((s_rss / 1024)) |"
	echo "| \`scan\` again, nothing changed | $u_wall | | |"
	echo
	echo "Findings: sparse front end $ns, libclang front end $nc, the same warning line in both: $both."
	echo "Findings only one front end reports (sorted warning lines):"
	echo
	echo '```'
	diff "$work/sparse.w" "$work/clang.w" | grep '^[<>]' | sed 's/^</sparse only:/; s/^>/libclang only:/' || true
	echo '```'
	echo "<!-- end scan-vs-kbuild -->"
} >"$out"
section scan-vs-kbuild "$out"
cat "$out"
