#include <linux/spinlock.h>
#include <linux/sched.h>

/* like __cond_resched_lock(): called with the lock held, drops it to sleep */
static void relax_locked(spinlock_t *lock)
{
	spin_unlock(lock);
	msleep(1);
	spin_lock(lock);
}

void callee_releases_irq(spinlock_t *lock, unsigned long flags)
{
	local_irq_save(flags);
	spin_lock(lock);
	relax_locked(lock);
	spin_unlock(lock);
	local_irq_restore(flags);
}
/*
 * check-name: a callee that drops the lock still sleeps with the caller's interrupts disabled
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/callee-releases-irq.c:16:9: warning: call to 'relax_locked' may sleep with spinlock held, interrupts disabled [-Wsleep-in-atomic]
testcases/atomic/callee-releases-irq.c:14:9: note: atomic context begins here, at 'arch_local_irq_save' in 'callee_releases_irq'
testcases/atomic/callee-releases-irq.c:16:9: note: 'callee_releases_irq' calls 'relax_locked'
testcases/atomic/callee-releases-irq.c:8:9: note: 'relax_locked' calls 'msleep', which may sleep
 * check-output-end
 */
