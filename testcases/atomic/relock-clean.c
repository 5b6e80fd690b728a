#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Like get_signal() in kernel/signal.c: every way back to `relock:`
 * drops sh->lock first (an unlock, or a callee that drops it on every
 * path), but one branch the analysis cannot rule out goes back without
 * either: `jobctl & (A | B)` set, then neither `jobctl & A` nor
 * `jobctl & B`.  On that path the lock would be taken twice, which a
 * spinlock cannot be: the acquire at `relock:` counts it once, so after
 * the unlock at `fatal:` nothing is held (and nothing after the loop
 * counts the lock twice).  The lock is taken at two places; its address
 * is computed once, in a block no loop passes through.
 */
struct sighand {
	spinlock_t lock;
};

struct task {
	struct sighand *sighand;
	unsigned long jobctl;
};

#define TRAP_A	0x1UL
#define TRAP_B	0x2UL
#define STOP	0x4UL

int dequeue(struct task *t);
int orphaned(void);

/* drops the caller's lock on every path (like do_freezer_trap()) */
static void freezer_trap(struct sighand *sh)
{
	spin_unlock_irq(&sh->lock);
	schedule();
}

int next_signal(struct task *t)
{
	struct sighand *sh;
	int sig;

	if (!t->sighand)
		return 0;
	sh = t->sighand;
relock:
	spin_lock_irq(&sh->lock);
	for (;;) {
		if (t->jobctl & (TRAP_A | TRAP_B)) {
			if (t->jobctl & TRAP_A)
				spin_unlock_irq(&sh->lock);
			else if (t->jobctl & TRAP_B)
				freezer_trap(sh);
			goto relock;
		}
		if (t->jobctl & STOP) {
			spin_unlock_irq(&sh->lock);
			if (orphaned())
				goto relock;
			spin_lock_irq(&sh->lock);
		}
		sig = dequeue(t);
		if (!sig)
			break;
		if (sig == 9)
			goto fatal;
	}
	spin_unlock_irq(&sh->lock);
	return 0;

fatal:
	spin_unlock_irq(&sh->lock);
	msleep(10);
	return sig;
}
/*
 * check-name: a lock taken again where a path the analysis cannot rule out still holds it counts once
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
