#include <linux/spinlock.h>
#include <linux/slab.h>

static raw_spinlock_t rl;
static spinlock_t sl;

void *raw_alloc(void)
{
	void *p;

	raw_spin_lock(&rl);
	p = kmalloc(8, GFP_ATOMIC);
	spin_lock(&sl);
	spin_unlock(&sl);
	raw_spin_unlock(&rl);
	return p;
}
/*
 * check-name: -Wrt-wait-context on the CHECK= command line: the local report (stderr) has the RT findings; without it, none
 * check-exit-value: 0
 * check-command: sleepcheck -Wrt-wait-context -Itestcases/include $file; echo "exit $?"; sleepcheck -Itestcases/include $file; echo "exit $?"
 *
 * check-output-start
exit 0
exit 0
 * check-output-end
 * check-error-start
testcases/rt/local-report.c:12:13: warning: call to 'kmalloc' may sleep on PREEMPT_RT with raw spinlock held [-Wrt-wait-context]
testcases/rt/local-report.c:11:9: note: atomic context begins here, at '_raw_spin_lock' in 'raw_alloc'
testcases/rt/local-report.c:12:13: note: 'raw_alloc' calls '__kmalloc' through inline 'kmalloc', which may sleep
testcases/rt/local-report.c:13:9: warning: call to 'spin_lock' may sleep on PREEMPT_RT with raw spinlock held [-Wrt-wait-context]
testcases/rt/local-report.c:11:9: note: atomic context begins here, at '_raw_spin_lock' in 'raw_alloc'
testcases/rt/local-report.c:13:9: note: 'raw_alloc' calls 'spin_lock' through inline 'spin_lock', which may sleep
 * check-error-end
 */
