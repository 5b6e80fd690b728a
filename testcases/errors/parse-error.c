#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

void parse_error(void)
{
	spin_lock(&lock);
	msleep(1);
	spin_unlock(&lock);
}
/*
 * check-name: a file that stops parsing keeps its earlier facts
 * check-exit-value: 1
 * check-command: top=$PWD; cp $file $tmp/x.c && cd $tmp && sleepcheck --no-local-report -I$top/testcases/include x.c && sed -i "3i int broken(;" x.c && sleepcheck --no-local-report -I$top/testcases/include x.c; echo "check exit $?"; sleepcheck report
 *
 * check-output-start
check exit 2
x.c:9:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
x.c:8:9: note: atomic context begins here, at '_raw_spin_lock' in 'parse_error'
x.c:9:9: note: 'parse_error' calls 'msleep', which may sleep
 * check-output-end
 * check-error-start
x.c:3:12: error: Expected ) in function declarator
x.c:3:12: error: got ;
sleepcheck: error: 'x.c' does not parse; its earlier facts are kept
 * check-error-end
 */
