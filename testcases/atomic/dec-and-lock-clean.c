#include <linux/spinlock.h>
#include <linux/sched.h>

static spinlock_t lock;
static int count;

/*
 * The twin of dec-and-lock.c: the sleep is after the unlock on the true
 * side and on the false side, where the lock was never taken.
 */
int _atomic_dec_and_lock(int *atomic, spinlock_t *lock);
#define atomic_dec_and_lock(atomic, lock) _atomic_dec_and_lock(atomic, lock)

void put_thing(void)
{
	if (atomic_dec_and_lock(&count, &lock))
		spin_unlock(&lock);
	msleep(1);
}
/*
 * check-name: atomic_dec_and_lock()'s false side does not hold the lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
