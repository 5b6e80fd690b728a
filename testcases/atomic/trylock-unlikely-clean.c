#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The clean twin of trylock-unlikely.c: where the trylock tested through
 * unlikely() or likely() failed, or after the unlock, nothing is held.
 */
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define likely(x)	__builtin_expect(!!(x), 1)

static spinlock_t lock;

int trylock_unlikely(void)
{
	if (unlikely(!spin_trylock(&lock))) {
		msleep(1);
		return 0;
	}
	spin_unlock(&lock);
	msleep(2);
	return 1;
}

int trylock_likely(void)
{
	if (likely(spin_trylock(&lock))) {
		spin_unlock(&lock);
		msleep(3);
		return 1;
	}
	msleep(4);
	return 0;
}
/*
 * check-name: spin_trylock tested through unlikely() or likely(): nothing held where it failed or after the unlock (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
