#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void bad_db(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: a database that is not sqlite, or of another program or schema version, is refused and kept
 * check-exit-value: 0
 * check-command: cp $file $tmp/x.c && top=$PWD; cd $tmp && printf "not a database at all" > bad.db && sleepcheck -I$top/testcases/include --db=bad.db x.c; echo "check exit $?"; cat bad.db; echo; sqlite3 other.db "create table t(x); insert into t values (42)" && sleepcheck -I$top/testcases/include --db=other.db x.c; echo "check exit $?"; sqlite3 other.db "select x from t"; sleepcheck -I$top/testcases/include --no-local-report --db=old.db x.c && sqlite3 old.db "pragma user_version = 99" && sleepcheck -I$top/testcases/include --db=old.db x.c; echo "check exit $?"; sleepcheck report --db=old.db; echo "report exit $?"; SLEEPCHECK_DB=none.db sleepcheck report; echo "report exit $?"
 *
 * check-output-start
check exit 2
not a database at all
check exit 2
42
check exit 2
report exit 2
report exit 2
 * check-output-end
 * check-error-start
sleepcheck: error: database 'bad.db' is not an sqlite database; not touching it
x.c:9:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
x.c:8:9: note: atomic context begins here, at '_raw_spin_lock' in 'bad_db'
x.c:9:9: note: 'bad_db' calls 'msleep', which may sleep
sleepcheck: error: database 'other.db' is an sqlite file of another program; not touching it
x.c:9:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
x.c:8:9: note: atomic context begins here, at '_raw_spin_lock' in 'bad_db'
x.c:9:9: note: 'bad_db' calls 'msleep', which may sleep
sleepcheck: error: database 'old.db' has schema version 99, this sleepcheck uses 9; remove it and rebuild
x.c:9:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
x.c:8:9: note: atomic context begins here, at '_raw_spin_lock' in 'bad_db'
x.c:9:9: note: 'bad_db' calls 'msleep', which may sleep
sleepcheck: error: database 'old.db' has schema version 99, this sleepcheck uses 9; remove it and rebuild
sleepcheck: error: cannot open database 'none.db': No such file or directory; run the build with CHECK=sleepcheck first
 * check-error-end
 */
