#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * `if (unlikely(!spin_trylock(&lock)))`: the branch tests the trylock's
 * result through __builtin_expect() (include/linux/compiler.h:77-78),
 * which sparse expands away; the libclang front end looks through it
 * too, so the lock is held past the branch in both.
 */
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define likely(x)	__builtin_expect(!!(x), 1)

static spinlock_t lock;

int trylock_unlikely(void)
{
	if (unlikely(!spin_trylock(&lock)))
		return 0;
	msleep(2);
	spin_unlock(&lock);
	return 1;
}

int trylock_likely(void)
{
	if (likely(spin_trylock(&lock))) {
		msleep(3);
		spin_unlock(&lock);
		return 1;
	}
	return 0;
}
/*
 * check-name: spin_trylock tested through unlikely() or likely() holds the lock where it succeeds (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/trylock-unlikely.c:19:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/trylock-unlikely.c:17:13: note: atomic context begins here, at '_raw_spin_trylock' in 'trylock_unlikely'
testcases/atomic/trylock-unlikely.c:19:9: note: 'trylock_unlikely' calls 'msleep', which may sleep
testcases/atomic/trylock-unlikely.c:27:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/trylock-unlikely.c:26:13: note: atomic context begins here, at '_raw_spin_trylock' in 'trylock_likely'
testcases/atomic/trylock-unlikely.c:27:17: note: 'trylock_likely' calls 'msleep', which may sleep
 * check-output-end
 */
