#!/bin/bash
# icount-scan.sh - instructions executed (valgrind's callgrind, Ir, the
# process and the libclang worker it starts summed) by `sleepcheck scan`
# on a few files of Linux 6.1 x86_64 defconfig, one file a scan, against
# an older sleepcheck's scan of the same files in the same run
# (BEFORE=path/to/sleepcheck, required; BEFORE_NAME: what to call it).
# Each file's entry of the tree's compile commands (made from kbuild's
# .cmd files of its built object by the kernel's own
# gen_compile_commands.py) is the only one of a compile_commands.json of
# its own; each scan starts with a new database.  Unlike CPU seconds on a
# shared machine, the counts do not depend on the load.  Writes its
# section of bench/RESULTS.md.
# usage: BEFORE=... bench/icount-scan.sh [FILE.c...]   (env: KERNEL_TREE)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/lib.sh"
tree=${KERNEL_TREE:-$top/build/kernel-x86/linux-source-6.1}
files=${*:-mm/page_alloc.c mm/filemap.c kernel/sched/core.c net/core/dev.c \
	mm/util.c kernel/panic.c mm/mmzone.c kernel/kthread.c kernel/irq/manage.c}
before=${BEFORE:-}
[ -n "$before" ] || { echo "icount-scan: set BEFORE to an older sleepcheck" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "icount-scan: needs valgrind" >&2; exit 2; }
make -C "$top" -s sleepcheck sleepcheck-clang
"$top/sleepcheck" --version | grep -q libclang ||
	{ echo "icount-scan: no libclang front end" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-icount-scan.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$tree"
# the objects, so that kbuild's .cmd files hold their compile commands
# shellcheck disable=SC2086
make -s ${files//.c/.o} >/dev/null 2>&1 ||
	{ echo "icount-scan: the files do not build in $tree" >&2; exit 2; }
python3 scripts/clang-tools/gen_compile_commands.py -d . -o "$work/all.json"
# callgrind's instruction count of one scan, with its children
icount() {
	rm -rf "$work/cg" "$work/db" && mkdir "$work/cg"
	valgrind --tool=callgrind --trace-children=yes \
		--callgrind-out-file="$work/cg/out.%p" "$1" scan -p "$work/one" \
		--db="$work/db" -j 1 --no-progress >/dev/null 2>&1 || true
	# each process's own total (its file has a summary or a totals line)
	for f in "$work"/cg/out.*; do
		awk '/^(summary|totals):/ { print $2; exit }' "$f"
	done | awk '{ n += $1 } END { printf "%.0f\n", n }'
}
out=$work/section.md
{
	echo "<!-- begin icount-scan -->"
	echo "## Instructions per file: \`scan\` (libclang) against an older sleepcheck's (callgrind)"
	echo
	echo "Command: \`BEFORE=$before bash bench/icount-scan.sh\`, $(date -u +%Y-%m-%d);"
	echo "x86_64 defconfig, one file a scan (\`scan -p DIR -j 1\`, a new"
	echo "database), the scanning process and its libclang worker summed;"
	echo "millions of instructions (valgrind's Ir), which do not depend on the"
	echo "machine's load.  \"before\": ${BEFORE_NAME:-$before}."
	echo
	echo "| file | scan | before | ratio to before |"
	echo "|---|---:|---:|---:|"
} >"$out"
tsc=0 tbe=0
for f in $files; do
	mkdir -p "$work/one"
	python3 - "$work/all.json" "$tree/$f" "$work/one/compile_commands.json" <<'EOF'
import json, sys
entries = [e for e in json.load(open(sys.argv[1])) if e["file"] == sys.argv[2]]
if len(entries) != 1:
    sys.exit("icount-scan: no compile command for " + sys.argv[2])
json.dump(entries, open(sys.argv[3], "w"))
EOF
	sc=$(icount "$top/sleepcheck")
	be=$(icount "$before")
	[ "$sc" -gt 0 ] && [ "$be" -gt 0 ] || { echo "icount-scan: no count for $f" >&2; exit 2; }
	row="| $f | $((sc / 1000000)) | $((be / 1000000)) | $(echo "scale=3; $sc / $be" | bc) |"
	echo "$row" >>"$out"
	echo "icount-scan: $row"
	tsc=$((tsc + sc)) tbe=$((tbe + be))
done
{
	echo "| all | $((tsc / 1000000)) | $((tbe / 1000000)) | $(echo "scale=3; $tsc / $tbe" | bc) |"
	echo "<!-- end icount-scan -->"
} >>"$out"
section icount-scan "$out"
cat "$out"
