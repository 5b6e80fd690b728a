#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * The clean twin of lock-flag-take.c: the flag is tested and the lock
 * dropped before schedule().  The call given &locked is a definition of
 * the value the callee leaves there whatever it found (1: `*locked =
 * true` where it was 0, unchanged where it was not), so the state where
 * the test finds the flag clear holds no lock.
 */
static spinlock_t l;

static void lock_once(spinlock_t *lock, bool *locked)
{
	if (!*locked) {
		spin_lock(lock);
		*locked = true;
	}
}

int f(int n)
{
	bool locked = false;
	int i, got = 0;

	for (i = 0; i < n; i++) {
		if (i & 1)
			lock_once(&l, &locked);
		got++;
		if (locked) {
			spin_unlock(&l);
			locked = false;
		}
		schedule();
	}
	return got;
}
/*
 * check-name: a callee takes the lock where the flag it is given is clear and sets it; the caller drops it where the flag is set before it sleeps: clean
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
