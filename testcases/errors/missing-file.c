#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void missing_file(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: a missing input file: one error line, exit 2, earlier facts kept
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file; sleepcheck testcases/errors/no-such-file.c; echo "check exit $?"; sleepcheck testcases/errors; echo "check exit $?"; sleepcheck -Itestcases/no-such-dir $file; echo "check exit $?"; sleepcheck report
 *
 * check-output-start
check exit 2
check exit 2
check exit 2
testcases/errors/missing-file.c:9:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/errors/missing-file.c:8:9: note: atomic context begins here, at '_raw_spin_lock' in 'missing_file'
testcases/errors/missing-file.c:9:9: note: 'missing_file' calls 'msleep', which may sleep
 * check-output-end
 * check-error-start
sleepcheck: error: cannot open 'testcases/errors/no-such-file.c': No such file or directory
sleepcheck: error: 'testcases/errors' is a directory
testcases/errors/missing-file.c:1:11: error: unable to open 'linux/spinlock.h'
sleepcheck: error: 'testcases/errors/missing-file.c' does not parse; its earlier facts are kept
 * check-error-end
 */
