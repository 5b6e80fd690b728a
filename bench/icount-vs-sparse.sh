#!/bin/bash
# icount-vs-sparse.sh - instructions executed (valgrind's callgrind, Ir)
# by plain sparse 0.6.4 and by sleepcheck's CHECK= mode on a few files of
# Linux 6.1 x86_64 defconfig, each with the exact command line kbuild
# gives its CHECK (recorded by a `make C=2 CHECK=<recorder>` of the
# file's object).  Unlike CPU seconds on a shared machine, the counts do
# not depend on the load.  BEFORE=path/to/an/older/sleepcheck adds its
# counts (BEFORE_NAME: what to call it in the table's text).  Writes its
# section of bench/RESULTS.md.
# usage: bench/icount-vs-sparse.sh [FILE.c...]
#        (env: KERNEL_TREE, BEFORE, BEFORE_NAME)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/bench/lib.sh"
tree=${KERNEL_TREE:-$top/build/kernel-x86/linux-source-6.1}
files=${*:-mm/page_alloc.c mm/filemap.c kernel/sched/core.c net/core/dev.c \
	mm/util.c kernel/panic.c mm/mmzone.c kernel/kthread.c kernel/irq/manage.c}
before=${BEFORE:-}
command -v valgrind >/dev/null || { echo "icount-vs-sparse: needs valgrind" >&2; exit 2; }
make -C "$top" -s sleepcheck
make -C "$top/build/sparse" -s sparse >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-icount.XXXXXX")
trap 'rm -rf "$work"' EXIT
# the recorder: kbuild's CHECK arguments for file WANT (its last
# argument), one per line, into ARGV_OUT
cat >"$work/record" <<'EOF'
#!/bin/sh
for last; do :; done
[ "$last" = "$WANT" ] && printf '%s\n' "$@" >"$ARGV_OUT"
exit 0
EOF
chmod +x "$work/record"
# callgrind's instruction count of one command run in the tree
icount() {
	valgrind --tool=callgrind --callgrind-out-file="$work/cg" "$@" \
		>/dev/null 2>&1 || true
	awk '/^(summary|totals):/ { print $2; exit }' "$work/cg"
}
cd "$tree"
out=$work/section.md
{
	echo "<!-- begin icount-vs-sparse -->"
	echo "## Instructions per file: plain sparse against sleepcheck (callgrind)"
	echo
	echo "Command: \`${BEFORE:+BEFORE=$before }bash bench/icount-vs-sparse.sh\`, $(date -u +%Y-%m-%d);"
	echo "x86_64 defconfig, each file with kbuild's own CHECK command line"
	echo "(\`make C=2\` of its object), sleepcheck with \`--no-local-report\` and a"
	echo "new database; millions of instructions (valgrind's Ir), which do"
	echo "not depend on the machine's load."
	[ -z "$before" ] || echo "\"before\": ${BEFORE_NAME:-$before}."
	echo
	if [ -n "$before" ]; then
		echo "| file | sparse | sleepcheck | ratio | before | ratio before |"
		echo "|---|---:|---:|---:|---:|---:|"
	else
		echo "| file | sparse | sleepcheck | ratio |"
		echo "|---|---:|---:|---:|"
	fi
} >"$out"
tsp=0 tsc=0 tbe=0
for f in $files; do
	obj=${f%.c}.o
	rm -f "$work/argv"
	WANT=$f ARGV_OUT=$work/argv make -s C=2 CHECK="$work/record" "$obj" >/dev/null 2>&1 || true
	[ -s "$work/argv" ] || { echo "icount-vs-sparse: no CHECK line for $f" >&2; exit 2; }
	mapfile -t args <"$work/argv"
	sp=$(icount "$top/build/sparse/sparse" "${args[@]}")
	rm -f "$work"/db*
	sc=$(icount "$top/sleepcheck" --no-local-report --db="$work/db" "${args[@]}")
	row="| $f | $((sp / 1000000)) | $((sc / 1000000)) | $(echo "scale=3; $sc / $sp" | bc)"
	if [ -n "$before" ]; then
		rm -f "$work"/db*
		be=$(icount "$before" --no-local-report --db="$work/db" "${args[@]}")
		row="$row | $((be / 1000000)) | $(echo "scale=3; $be / $sp" | bc)"
		tbe=$((tbe + be))
	fi
	echo "$row |" >>"$out"
	echo "icount-vs-sparse: $row |"
	tsp=$((tsp + sp)) tsc=$((tsc + sc))
done
{
	row="| all | $((tsp / 1000000)) | $((tsc / 1000000)) | $(echo "scale=3; $tsc / $tsp" | bc)"
	[ -z "$before" ] || row="$row | $((tbe / 1000000)) | $(echo "scale=3; $tbe / $tsp" | bc)"
	echo "$row |"
	echo "<!-- end icount-vs-sparse -->"
} >>"$out"
section icount-vs-sparse "$out"
cat "$out"
