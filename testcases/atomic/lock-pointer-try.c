#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Buggy twin of lock-pointer-try-clean.c: the sleep is on the side
 * where the pointer is not NULL, which holds the lock it tried.
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
	msleep(1);
	spin_unlock(&pcp->lock);
	preempt_enable();
	return n;
failed:
	return 0;
}
/*
 * check-name: a trylock whose result is a pointer, not NULL where it holds
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/lock-pointer-try.c:32:9: warning: call to 'msleep' may sleep with spinlock held, preemption disabled [-Wsleep-in-atomic]
testcases/atomic/lock-pointer-try.c:21:9: note: atomic context begins here, at '__preempt_count_add' in 'bulk'
testcases/atomic/lock-pointer-try.c:32:9: note: 'bulk' calls 'msleep', which may sleep
 * check-output-end
 */
