#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;
static int count;

/*
 * atomic_dec_and_lock() takes the lock only when the count reaches zero
 * and then returns true (rules/kernel-atomic.rules: trylock spin
 * _atomic_dec_and_lock): a sleep on that side is a finding.
 */
int _atomic_dec_and_lock(int *atomic, spinlock_t *lock);
#define atomic_dec_and_lock(atomic, lock) _atomic_dec_and_lock(atomic, lock)

void put_thing(void)
{
	if (atomic_dec_and_lock(&count, &lock)) {
		msleep(1);
		spin_unlock(&lock);
	}
}
/*
 * check-name: atomic_dec_and_lock() holds the lock where it returns true
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/dec-and-lock.c:18:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/dec-and-lock.c:17:13: note: atomic context begins here, at '_atomic_dec_and_lock' in 'put_thing'
testcases/atomic/dec-and-lock.c:18:17: note: 'put_thing' calls 'msleep', which may sleep
 * check-output-end
 */
