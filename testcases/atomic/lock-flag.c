#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Buggy twin of lock-flag-clean.c: the flag is set apart from the lock
 * (the lock may be taken where the flag stays false), so where the flag
 * is false the lock may still be held at the sleep.
 */
struct vmf {
	spinlock_t ptl;
	int pte;
};

int copy_fails(void);
int same(struct vmf *v);

int copy_page(struct vmf *v)
{
	int locked = 0;

	if (copy_fails())
		spin_lock(&v->ptl);
	if (same(v))
		locked = 1;
	if (locked)
		spin_unlock(&v->ptl);
	msleep(1);
	return 0;
}
/*
 * check-name: a flag set apart from the lock says nothing of where it is held
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-flag.c:27:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/lock-flag.c:22:17: note: atomic context begins here, at '_raw_spin_lock' in 'copy_page'
testcases/atomic/lock-flag.c:27:9: note: 'copy_page' calls 'msleep', which may sleep
 * check-output-end
 */
