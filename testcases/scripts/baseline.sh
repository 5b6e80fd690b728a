#!/bin/bash
# baseline.sh - a CI gate over a fixture tree: the baseline written from
# today's findings keeps the gate green after unrelated edits (lines
# shifted, code reformatted, a file moved to another directory), and a
# new bug, or a new chain to an already known sleeping call, turns it red
# with exit 1 and only the new finding printed.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-baseline.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir -p drv lib
cat >drv/a.c <<'C'
#include <linux/spinlock.h>
#include <linux/sched.h>
void helper(void);
static spinlock_t lock;
void a_entry(void)
{
	spin_lock(&lock);
	helper();
	spin_unlock(&lock);
}
C
cat >lib/helper.c <<'C'
#include <linux/sched.h>
void helper(void)
{
	msleep(1);
}
void other(void)
{
}
C
check() {
	rm -f sc.db
	find . -name '*.c' | sort | xargs "$top/sleepcheck" --no-local-report --db=sc.db \
		-I"$top/testcases/include" || exit 1
}
check
"$top/sleepcheck" report --db=sc.db --write-baseline=baseline.txt || exit 1
[ "$(grep -vc '^#' baseline.txt)" = 1 ] || { cat baseline.txt; echo "baseline: expected 1 line"; exit 1; }
grep -q " a_entry -> helper -> msleep (drv/a.c)$" baseline.txt ||
	{ cat baseline.txt; echo "baseline line lacks its summary"; exit 1; }

# unrelated edits: comments above, reformatting, a move
{ printf '/* new header comment */\n\n\n'; sed 's/^\t/        /' drv/a.c; } >drv/a2.c && rm drv/a.c
mkdir -p drivers/moved && mv drv/a2.c drivers/moved/a.c
{ printf '// moved lines\n\n'; cat lib/helper.c; } >lib/h && mv lib/h lib/helper.c
check
"$top/sleepcheck" report --db=sc.db --baseline=baseline.txt >out 2>err
rc=$?
[ $rc = 0 ] && [ ! -s out ] || { cat out err; echo "unrelated edits turned the gate red ($rc)"; exit 1; }
grep -q "0 new findings (1 in the baseline, 0 suppressed)" err || { cat err; exit 1; }

# a new chain to the same sleeping call is new
cat >>drivers/moved/a.c <<'C'
void other(void);
void b_entry(void)
{
	spin_lock(&lock);
	other();
	spin_unlock(&lock);
}
C
sed -i 's/^void other(void)$/void other(void)\n{\n\thelper();\n}\nvoid unused(void)/' lib/helper.c
check
"$top/sleepcheck" report --db=sc.db --baseline=baseline.txt >out 2>err
rc=$?
[ $rc = 1 ] || { cat out err; echo "a new chain did not turn the gate red ($rc)"; exit 1; }
[ "$(grep -c 'warning:' out)" = 1 ] && grep -q "'b_entry' calls 'other'" out ||
	{ cat out; echo "expected exactly the new finding"; exit 1; }
"$top/sleepcheck" report --db=sc.db --baseline=baseline.txt --show-baselined >out2 2>/dev/null
[ "$(grep -c 'warning:' out2)" = 2 ] && grep -q "note: in the baseline" out2 ||
	{ cat out2; echo "--show-baselined"; exit 1; }
"$top/sleepcheck" report --db=sc.db --baseline=baseline.txt --max-findings=1 >/dev/null 2>&1 ||
	{ echo "--max-findings=1 should pass with one new finding"; exit 1; }
"$top/sleepcheck" report --db=sc.db --baseline=baseline.txt --quiet >out 2>&1
[ $? = 1 ] && [ ! -s out ] || { echo "--quiet"; exit 1; }
"$top/sleepcheck" report --db=sc.db -Werror 2>/dev/null | grep -q ": error: call to" ||
	{ echo "-Werror"; exit 1; }
printf 'not a fingerprint\n' >bad.txt
"$top/sleepcheck" report --db=sc.db --baseline=bad.txt >/dev/null 2>err
[ $? = 2 ] && grep -q "^bad.txt:1:1: error:" err || { cat err; echo "bad baseline"; exit 1; }
echo "baseline: green after unrelated edits and a move, red on a new chain"
