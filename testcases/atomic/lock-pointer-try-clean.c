#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Like pcp_spin_trylock() in mm/page_alloc.c:172-182 and its caller
 * __alloc_pages_bulk() (5558-5561): the trylock's result is a pointer,
 * NULL where the lock was not taken (and preemption enabled again).
 * The pointer it gives where it succeeds was read by the trylock, so
 * it is not NULL: where `if (!pcp)` finds NULL neither the lock nor
 * preemption is held, and the sleep there is clean.
 */
struct pcp {
	spinlock_t lock;
	int count;
};

struct pcp *get_pcp(int i);
int take(int i);

int bulk(int i)
{
	struct pcp *pcp, *ret;
	int n = 0;

	preempt_disable();
	ret = get_pcp(i);
	if (!spin_trylock(&ret->lock)) {
		preempt_enable();
		ret = NULL;
	}
	pcp = ret;
	if (!pcp)
		goto failed;
	while (take(i))
		n++;
	spin_unlock(&pcp->lock);
	preempt_enable();
	return n;
failed:
	msleep(1);
	return 0;
}
/*
 * check-name: a trylock whose result is a pointer, NULL where it failed
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
