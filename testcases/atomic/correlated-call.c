#include <linux/spinlock.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>

static spinlock_t lock;

/* the callee sleeps on the side the lock is held */
static void deliver_locked(int atomic)
{
	if (atomic)
		msleep(1);
}

void dispatch(int atomic)
{
	if (atomic)
		spin_lock(&lock);
	deliver_locked(atomic);
	if (atomic)
		spin_unlock(&lock);
}

/* the callee's test is of another parameter */
static void deliver(int wait)
{
	if (wait)
		msleep(1);
}

void dispatch_wait(int atomic, int wait)
{
	if (atomic)
		spin_lock(&lock);
	deliver(wait);
	if (atomic)
		spin_unlock(&lock);
}

/* the flag stored in the object is not the one tested */
struct nameidata { unsigned flags; };

static void jump_root(struct nameidata *nd)
{
	if (!(nd->flags & 0x40))
		msleep(1);
}

void path_init(struct nameidata *nd, unsigned flags)
{
	if (flags & 0x40)
		rcu_read_lock();
	nd->flags = flags & ~0x40;
	jump_root(nd);
	if (flags & 0x40)
		rcu_read_unlock();
}
/*
 * check-name: a lock taken under a test of a parameter, and a callee that sleeps where it is held
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/correlated-call.c:18:9: warning: call to 'deliver_locked' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/correlated-call.c:17:17: note: atomic context begins here, at '_raw_spin_lock' in 'dispatch'
testcases/atomic/correlated-call.c:18:9: note: 'dispatch' calls 'deliver_locked' on a path taken only when its argument 1 is non-zero
testcases/atomic/correlated-call.c:11:17: note: 'deliver_locked' calls 'msleep' on a path taken only when its argument 1 is non-zero, which may sleep
testcases/atomic/correlated-call.c:34:9: warning: call to 'deliver' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/correlated-call.c:33:17: note: atomic context begins here, at '_raw_spin_lock' in 'dispatch_wait'
testcases/atomic/correlated-call.c:34:9: note: 'dispatch_wait' calls 'deliver' on a path taken only when its argument 1 is non-zero
testcases/atomic/correlated-call.c:27:17: note: 'deliver' calls 'msleep' on a path taken only when its argument 1 is non-zero, which may sleep
testcases/atomic/correlated-call.c:53:9: warning: call to 'jump_root' may sleep with RCU read lock held [-Wsleep-in-atomic]
testcases/atomic/correlated-call.c:51:17: note: atomic context begins here, at 'rcu_read_lock' in 'path_init'
testcases/atomic/correlated-call.c:53:9: note: 'path_init' calls 'jump_root' on a path taken only when its argument 2 has a bit of 0x40 set
testcases/atomic/correlated-call.c:45:17: note: 'jump_root' calls 'msleep' on a path taken only when its field 'flags' of what argument 1 points to has no bit of 0x40 set, which may sleep
 * check-output-end
 */
