#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * pcp_spin_trylock() of mm/page_alloc.c:172-182 where pinning the task
 * writes nothing (ARM multi_v7_defconfig, no preemption count): the
 * branch that sets the result to NULL where the trylock fails has no
 * other statement, and libsparse makes it a select of the pointer or
 * NULL by the trylock's result.  The pointer it gives where it
 * succeeds was read by the trylock, so `if (!pcp)` finding NULL is the
 * trylock failing: no lock is held there (__alloc_pages_bulk(),
 * 5558-5561, 5600-5606), and the sleep is clean.
 */
struct pcp {
	spinlock_t lock;
	int count;
};

struct pcp *get_pcp(int i);
int take(int i);

/* include/linux/compiler_types.h:19 and include/linux/spinlock.h:296
 * (6.1), as libsparse sees them: a branch on the result inside the
 * trylock, before the caller's own */
#ifdef __CHECKER__
#define __acquire(x)	__context__(x, 1)
#else
#define __acquire(x)	(void)0
#endif
#define __cond_lock(x, c)	((c) ? ({ __acquire(x); 1; }) : 0)
#define pcp_trylock(l)	__cond_lock(l, _raw_spin_trylock(&(l)->rlock))

int bulk(int i)
{
	struct pcp *pcp, *ret;
	int n = 0;

	ret = get_pcp(i);
	if (!pcp_trylock(&ret->lock))
		ret = NULL;
	pcp = ret;
	if (!pcp)
		goto failed;
	while (take(i))
		n++;
	spin_unlock(&pcp->lock);
	return n;
failed:
	msleep(1);
	return 0;
}
/*
 * check-name: a trylock's pointer result made a select is NULL only where the trylock failed
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
