#!/bin/bash
# hostile.sh - strange input never crashes sleepcheck or loses facts:
# an empty file, binary garbage, a line of 1 MB, 10,000-deep parentheses
# and blocks, paths with spaces, quotes and non-ASCII bytes, a truncated
# database (refused, not touched), a database locked by another process
# for longer than $SLEEPCHECK_DB_TIMEOUT (one error line, exit 2, the
# earlier facts kept), and a call graph of 20,000 functions in one cycle.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
S=$top/sleepcheck
I=-I$top/testcases/include
work=$(mktemp -d "${TMPDIR:-/tmp}/sleepcheck-hostile.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
fail() { echo "$*"; exit 1; }
expect() {	# expect STATUS CMD...: run, check the exit status, no crash
	local want=$1 rc
	shift
	"$@" >out 2>err
	rc=$?
	[ $rc = "$want" ] || { cat err; fail "'$*': exit $rc, expected $want"; }
	grep -q "AddressSanitizer\|runtime error\|Segmentation" err && { cat err; fail "'$*' crashed"; }
	return 0
}
cp "$top/testcases/atomic/rcu.c" base.c
expect 0 "$S" --db=h.db --no-local-report $I base.c

: >empty.c
expect 0 "$S" --db=h.db $I empty.c
head -c 4096 /dev/urandom | tr -d '\000' >garbage.c
expect 2 "$S" --db=h.db $I garbage.c
[ "$(grep -c "sleepcheck: error: 'garbage.c' does not parse" err)" = 1 ] || fail "garbage: no error line"
{ printf 'int x'; head -c 1048576 /dev/zero | tr '\000' ' '; printf ';\n'; } >longline.c
expect 0 "$S" --db=h.db $I longline.c
{ printf 'int f(void) { return '; for i in $(seq 10000); do printf '('; done; printf 1;
  for i in $(seq 10000); do printf ')'; done; printf '; }\n'; } >deep.c
expect 0 "$S" --db=h.db $I deep.c
{ printf 'void g(void) '; for i in $(seq 10000); do printf '{'; done
  for i in $(seq 10000); do printf '}'; done; printf '\n'; } >deepb.c
expect 0 "$S" --db=h.db $I deepb.c
d=$(printf "dir with 'quotes' and \xc3\xbc")
mkdir -p "$d" && cp base.c "$d/f \"q\" $(printf '\xc3\xbc').c"
expect 0 "$S" --db=h.db --no-local-report $I "$d/f \"q\" $(printf '\xc3\xbc').c"
expect 1 "$S" report --db=h.db
[ "$(grep -c 'warning:' out)" = 2 ] || { cat out; fail "odd path: expected 2 findings"; }
grep -q "^dir with 'quotes' and .*\.c:6:9: warning:" out || fail "odd path not printed as is"
expect 1 "$S" report --db=h.db --format=json
$top/sleepcheck report --db=h.db --format=sarif >/dev/null

# truncated database: one error line, not touched
cp h.db trunc.db && truncate -s 3000 trunc.db
expect 2 "$S" report --db=trunc.db
[ "$(wc -l <err)" = 1 ] || { cat err; fail "truncated: expected one error line"; }
expect 2 "$S" --db=trunc.db $I base.c
[ "$(stat -c %s trunc.db)" = 3000 ] || fail "truncated database was changed"

# locked for longer than the wait: one error line, exit 2, facts kept
before=$(sqlite3 h.db "select count(*) from call")
(echo "BEGIN EXCLUSIVE;"; sleep 4; echo "COMMIT;") | sqlite3 h.db &
sleep 1
SLEEPCHECK_DB_TIMEOUT=1 expect 2 "$S" --db=h.db --no-local-report $I empty.c
grep -q "database is locked" err || { cat err; fail "locked: no error"; }
wait
[ "$(sqlite3 h.db "select count(*) from call")" = "$before" ] || fail "locked: facts lost"
[ "$(sqlite3 h.db "pragma integrity_check")" = ok ] || fail "integrity"

# one cycle of 20,000 functions, a sleep half way round
{
	echo '#include <linux/sched.h>'
	echo '#include <linux/spinlock.h>'
	for i in $(seq 0 19999); do echo "void c$i(void);"; done
	for i in $(seq 0 19999); do
		n=$(( (i + 1) % 20000 ))
		[ $i = 10000 ] && s='msleep(1);' || s=''
		echo "void c$i(void) { c$n(); $s }"
	done
	echo 'static spinlock_t l;'
	echo 'void entry(void) { spin_lock(&l); c0(); spin_unlock(&l); }'
} >cycle.c
expect 0 "$S" --db=cy.db --no-local-report $I cycle.c
expect 1 "$S" report --db=cy.db
[ "$(grep -c "note: 'c[0-9]*' calls" out)" = 10001 ] || fail "cycle: expected a 10001-step chain"
echo "hostile input: no crash, no loss, one error line each"
