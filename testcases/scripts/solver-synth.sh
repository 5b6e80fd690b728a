#!/bin/bash
# solver-synth.sh - the solver's findings on synthetic call graphs
# (bench/synth.c: 2,000 and 20,000 functions, cycles, spinlocks, msleep
# and __kmalloc with constant and passed-on gfp) stay what they were
# before the solver was made fast (issue 16 item 4): the 2,000-function
# text report equals testcases/solver/synth-2000.txt line for line, and
# the SHA-256 of each report (text and JSON, stdout and --stats stderr)
# equals testcases/solver/synth.sha256.  Both were written by the
# sleepcheck of commit 0058e2e, before the speed-ups.  After a deliberate
# change of the report, UPDATE=1 rewrites them (review the diff).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sc=$top/sleepcheck
want=$top/testcases/solver
[ -x "$top/bench/synth" ] || { echo "no bench/synth (make bench/synth)"; exit 77; }
t=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-synth.XXXXXX")
trap 'rm -rf "$t"' EXIT
fail() { echo "solver-synth.sh: $*"; exit 1; }
export SLEEPCHECK_RULES=$top/rules
unset SLEEPCHECK_DB

sums=$t/sums
: >"$sums"
for n in 2000 20000; do
	"$top/bench/synth" $n "$t/s$n.db" || fail "synth $n failed"
	for fmt in text json; do
		"$sc" report --db="$t/s$n.db" --format=$fmt --stats \
			>"$t/$n.$fmt" 2>"$t/$n.$fmt.err"
		rc=$?
		[ $rc = 1 ] || fail "$n functions, $fmt: exit $rc, want 1 (findings)"
		for f in "$n.$fmt" "$n.$fmt.err"; do
			(cd "$t" && sha256sum "$f") >>"$sums"
		done
	done
	[ "$(grep -c 'warning:' "$t/$n.text")" -gt $((n / 25)) ] ||
		fail "$n functions: too few findings"
done
if [ "${UPDATE:-0}" = 1 ]; then
	cp "$t/2000.text" "$want/synth-2000.txt"
	cp "$sums" "$want/synth.sha256"
	echo "solver-synth.sh: expected outputs rewritten"
	exit 0
fi
diff -u "$want/synth-2000.txt" "$t/2000.text" | head -40
cmp -s "$want/synth-2000.txt" "$t/2000.text" ||
	fail "2,000 functions: the text report differs (above)"
diff -u "$want/synth.sha256" "$sums" || fail "a report's SHA-256 differs (above)"
echo "solver-synth.sh: 2 synthetic graphs, 4 reports each, identical"
