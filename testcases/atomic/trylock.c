#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;

int trylock(void)
{
	if (!spin_trylock(&lock)) {
		msleep(1);
		return 0;
	}
	msleep(2);
	spin_unlock(&lock);
	return 1;
}
/*
 * check-name: spin_trylock holds the lock only when it succeeds
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/trylock.c:12:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/trylock.c:8:14: note: atomic context begins here, at '_raw_spin_trylock' in 'trylock'
testcases/atomic/trylock.c:12:9: note: 'trylock' calls 'msleep', which may sleep
 * check-output-end
 */
