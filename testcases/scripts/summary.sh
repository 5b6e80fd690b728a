#!/bin/bash
# summary.sh - `sleepcheck summary` and --summary=FILE: a "kernel"
# (testcases/summary/kernel) checked into one database, its summary
# written, then a module (testcases/summary/module) checked alone into
# another.  Without the summary only the gfp convention speaks (no body
# of the kernel's functions); with it, the module's calls are judged by
# the kernel's bodies: the sleeping call under a spinlock, the blocking
# allocation, the callback stored in a field the kernel calls with its
# lock held; a gfp_t function that never sleeps is no longer guessed to.
# The clean twin gives nothing.  Also: $SLEEPCHECK_SUMMARY, the CHECK=
# mode's local report, a body in the database winning over the summary,
# the release warning, and bad summaries (one error line, status 2).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
sc=$top/sleepcheck
t=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-summary.XXXXXX")
trap 'rm -rf "$t"' EXIT
fail() { echo "summary.sh: $*"; exit 1; }
export SLEEPCHECK_RULES=$top/rules
unset SLEEPCHECK_DB SLEEPCHECK_SUMMARY SLEEPCHECK_KERNEL_VERSION
cd "$top/testcases/summary" || exit 2
inc=(-I"$top/testcases/include" -Iinclude)

for f in kernel/*.c; do
	"$sc" --db="$t/k.db" --no-local-report "${inc[@]}" "$f" || fail "check $f"
done
"$sc" summary --db="$t/k.db" --release=6.1.0-test --config=test -o "$t/k.summary" ||
	fail "summary exit $?"
# the header, and the rules with their reasons (the database path varies)
sed '4s|from: .*k.db|from: K.DB|' "$t/k.summary" >"$t/got.summary"
cat >"$t/want.summary" <<'END'
# sleepcheck summary 1, database schema 9: the kernel's functions as a module check needs them
# release: 6.1.0-test
# config: test
# from: K.DB (2 files, 9 functions); 6 functions of vmlinux visible to modules
# written: 2 sleep, 1 sleep-if-gfp, 0 sleep on one of two gfp arguments (as sleep), 1 nosleep, 1 entry-field, 0 contract no-interrupt, 0 contract irqs-on
# left out: 0 named by rules/, 0 that sleep only on a field or flag condition, 0 definitions that sleep only through a pointer call with more than 8 candidates, 0 fields entry-field cannot name
# use: sleepcheck --summary=FILE (or $SLEEPCHECK_SUMMARY); a function whose body is in the database is judged by its body

# functions: sleep, sleep-if-gfp, nosleep
# kernel/kdev.c:17: 'kdev_alloc_buf' reaches __kmalloc (rules/kernel-sleep.rules:151) in 1 call if its gfp argument 3 allows blocking
sleep-if-gfp kdev_alloc_buf 3
# kernel/kdev.c:28: 'kdev_queue' reaches no sleep source (the gfp convention is not followed)
nosleep kdev_queue
# kernel/kdev_helpers.c:10: 'kdev_reset_all' reaches mutex_lock (rules/kernel-sleep.rules:42) in 4 calls
sleep kdev_reset_all
# kernel/kdev.c:11: 'kdev_wait_ready' reaches mutex_lock (rules/kernel-sleep.rules:42) in 2 calls
sleep kdev_wait_ready

# fields called in atomic context
# kernel/kdev.c:36:9: 'kdev_notify' calls through 'struct kdev_ops.event' with spinlock held
entry-field atomic kdev_ops event

# contracts carried to their callers
END
diff -u "$t/want.summary" "$t/got.summary" || fail "the summary differs"

"$sc" --db="$t/m.db" --no-local-report "${inc[@]}" module/mod_bad.c || fail "check mod_bad.c"
"$sc" --db="$t/clean.db" --no-local-report "${inc[@]}" module/mod_clean.c || fail "check clean"

# without the summary: the gfp convention alone
"$sc" report --db="$t/m.db" >"$t/out" 2>&1
echo "exit $?" >>"$t/out"
cat >"$t/want" <<'END'
module/mod_bad.c:15:13: warning: call to 'kdev_alloc_buf' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
module/mod_bad.c:13:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'mod_bad_start'
module/mod_bad.c:15:13: note: 'mod_bad_start' calls 'kdev_alloc_buf' with GFP flags that allow blocking, which may sleep by the gfp convention (its body is not in the database)
module/mod_bad.c:16:9: warning: call to 'kdev_queue' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
module/mod_bad.c:13:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'mod_bad_start'
module/mod_bad.c:16:9: note: 'mod_bad_start' calls 'kdev_queue' with GFP flags that allow blocking, which may sleep by the gfp convention (its body is not in the database)
exit 1
END
diff -u "$t/want" "$t/out" || fail "report without the summary differs"

# with it: by --summary and by $SLEEPCHECK_SUMMARY alike
cat >"$t/want" <<'END'
module/mod_bad.c:14:9: warning: call to 'kdev_wait_ready' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
module/mod_bad.c:13:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'mod_bad_start'
module/mod_bad.c:14:9: note: 'mod_bad_start' calls 'kdev_wait_ready', which may sleep by the kernel's summary (T/k.summary:17)
module/mod_bad.c:15:13: warning: call to 'kdev_alloc_buf' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
module/mod_bad.c:13:9: note: atomic context begins here, at '_raw_spin_lock_irqsave' in 'mod_bad_start'
module/mod_bad.c:15:13: note: 'mod_bad_start' calls 'kdev_alloc_buf' with GFP flags that allow blocking, which may sleep by the kernel's summary (T/k.summary:11)
module/mod_bad.c:23:9: warning: call to 'kdev_wait_ready' may sleep in atomic context, in 'mod_bad_event' [-Wsleep-in-atomic]
T/k.summary:21:1: note: a function stored in 'struct kdev_ops.event' runs in atomic context
module/mod_bad.c:32:18: note: 'mod_bad_event' runs in atomic context: stored in 'struct kdev_ops.event' here, in the initializer of 'mod_bad_ops'
module/mod_bad.c:23:9: note: 'mod_bad_event' calls 'kdev_wait_ready', which may sleep by the kernel's summary (T/k.summary:17)
exit 1
END
tdir=$(basename "$t")
"$sc" report --db="$t/m.db" --summary="$t/k.summary" 2>&1 | sed "s|$tdir/|T/|g" >"$t/out"
echo "exit ${PIPESTATUS[0]}" >>"$t/out"
diff -u "$t/want" "$t/out" || fail "report with --summary differs"
SLEEPCHECK_SUMMARY=$t/k.summary "$sc" report --db="$t/m.db" 2>&1 | sed "s|$tdir/|T/|g" >"$t/out"
echo "exit ${PIPESTATUS[0]}" >>"$t/out"
diff -u "$t/want" "$t/out" || fail "report with \$SLEEPCHECK_SUMMARY differs"

# the clean twin: nothing, with or without
for s in "" "$t/k.summary"; do
	"$sc" report --db="$t/clean.db" --summary="$s" >"$t/out" 2>&1 ||
		{ cat "$t/out"; fail "clean twin: exit $? (summary '$s')"; }
	[ -s "$t/out" ] && { cat "$t/out"; fail "clean twin: output (summary '$s')"; }
done

# the CHECK= mode's local report (what the file alone proves) reads it too
SLEEPCHECK_SUMMARY=$t/k.summary "$sc" --db="$t/l.db" "${inc[@]}" module/mod_bad.c \
	>"$t/out" 2>&1 || fail "local check exit $?"
[ "$(grep -c 'warning:' "$t/out")" = 3 ] || { cat "$t/out"; fail "local report: not 3 warnings"; }
"$sc" --db="$t/l2.db" --summary="$t/k.summary" "${inc[@]}" module/mod_bad.c >"$t/out2" 2>&1
cmp -s "$t/out" "$t/out2" || fail "--summary and \$SLEEPCHECK_SUMMARY differ in the local report"

# a body in the database wins: kernel and module in one database, with
# the summary, report what they report without it
cp "$t/k.db" "$t/all.db"
for f in module/mod_bad.c; do
	"$sc" --db="$t/all.db" --no-local-report "${inc[@]}" "$f" || fail "check $f"
done
"$sc" report --db="$t/all.db" >"$t/a1" 2>&1
"$sc" report --db="$t/all.db" --summary="$t/k.summary" >"$t/a2" 2>&1
cmp -s "$t/a1" "$t/a2" || { diff -u "$t/a1" "$t/a2"; fail "bodies in the database do not win"; }
grep -q "kdev_lock_hw" "$t/a1" || { cat "$t/a1"; fail "the whole tree's chain is not shown"; }

# another release: one warning line, the findings all the same
SLEEPCHECK_KERNEL_VERSION=6.12 "$sc" report --db="$t/m.db" --summary="$t/k.summary" \
	>"$t/out" 2>"$t/err"
[ $? = 1 ] || fail "release mismatch: exit status"
[ "$(grep -c 'warning: call' "$t/out")" = 3 ] || fail "release mismatch: findings"
[ "$(cat "$t/err")" = "sleepcheck: warning: summary '$t/k.summary' is of kernel 6.1.0-test, the kernel checked is 6.12: its rules may not fit" ] ||
	{ cat "$t/err"; fail "release mismatch: no warning line"; }

# bad summaries: one error line naming file:line, status 2
bad() {	# bad FILE WANT
	"$sc" report --db="$t/m.db" --summary="$1" >"$t/out" 2>"$t/err"
	local rc=$?
	[ $rc = 2 ] || fail "bad summary $1: exit $rc"
	[ "$(cat "$t/err")" = "$2" ] || { cat "$t/err"; fail "bad summary $1: message"; }
	[ -s "$t/out" ] && fail "bad summary $1: output"
	return 0
}
{ head -n 10 "$t/k.summary"; echo "sleep-if-gfp kdev_alloc_buf three"; } >"$t/b1"
bad "$t/b1" "$t/b1:11:29: error: argument number must be 1..26 or 'gfp', not 'three'"
{ head -n 10 "$t/k.summary"; echo "acquire spin kdev_lock"; } >"$t/b2"
bad "$t/b2" "$t/b2:11:1: error: this rule has no place in a summary (sleep, sleep-if-gfp, nosleep, entry-field, contract)"
echo "sleep kdev_wait_ready" >"$t/b3"
bad "$t/b3" "$t/b3:1:1: error: not a sleepcheck summary (the first line is not '# sleepcheck summary ...')"
bad "$t/none" "sleepcheck: error: cannot open summary '$t/none'"
SLEEPCHECK_SUMMARY=$t/b1 "$sc" --db="$t/l3.db" "${inc[@]}" module/mod_bad.c >/dev/null 2>"$t/err"
[ $? = 2 ] || fail "bad summary in the CHECK= mode: exit status"
exit 0
