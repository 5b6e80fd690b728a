#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Like __wp_page_copy_user() in mm/memory.c: the lock is taken on one
 * path and a flag set with it; the flag says at the end whether to drop
 * it.  Where the flag is false the lock was never taken, so the sleep
 * after the test holds nothing (the merge before the test would keep
 * the lock on both edges).
 */
struct vmf {
	spinlock_t ptl;
	int pte;
};

int copy_fails(void);
int same(struct vmf *v);

int copy_page(struct vmf *v)
{
	int locked = 0, ret = 0;

	preempt_disable();
	if (copy_fails()) {
		spin_lock(&v->ptl);
		locked = 1;
		if (!same(v)) {
			ret = -1;
			goto unlock;
		}
		copy_fails();
	}
unlock:
	if (locked)
		spin_unlock(&v->ptl);
	preempt_enable();
	msleep(1);
	return ret;
}

/* the same tested through its negation */
int copy_page2(struct vmf *v)
{
	int locked = 0;

	if (copy_fails()) {
		spin_lock(&v->ptl);
		locked = 1;
	}
	if (!locked)
		msleep(1);
	else
		spin_unlock(&v->ptl);
	return 0;
}
/*
 * check-name: a flag set where a lock is taken says where it is held: not where the flag is false
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
