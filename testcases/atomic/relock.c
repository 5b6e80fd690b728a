#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * Buggy twins of relock-clean.c: a path back to `relock:` that holds
 * another lock (t->alloc_lock) still holds it after the unlock of sh->lock
 * at `fatal:`; and a loop whose pointer moves (or whose local is
 * defined again each round) takes another lock each round (the address
 * is not computed once), so one unlock leaves the others held.
 */
struct sighand {
	spinlock_t lock;
};

struct task {
	struct sighand *sighand;
	spinlock_t alloc_lock;
	unsigned long jobctl;
};

#define TRAP_A	0x1UL

int dequeue(struct task *t);

int next_signal(struct task *t)
{
	struct sighand *sh = t->sighand;
	int sig;

relock:
	spin_lock_irq(&sh->lock);
	for (;;) {
		if (t->jobctl & TRAP_A) {
			spin_unlock_irq(&sh->lock);
			spin_lock(&t->alloc_lock);
			goto relock;
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

struct node {
	spinlock_t lock;
	struct node *next;
};

void lock_chain(struct node *n)
{
	struct node *p;

	for (p = n; p; p = p->next)
		spin_lock(&p->lock);
	spin_unlock(&n->lock);
	msleep(1);
}
/* p has one definition, but in the loop: a value each round */
void lock_each(struct node **v, int n)
{
	int i;

	for (i = 0; i < n; i++) {
		struct node *p = v[i];

		spin_lock(&p->lock);
	}
	spin_unlock(&v[0]->lock);
	msleep(1);
}
/*
 * check-name: a lock taken again while another is held, and one lock per round of a loop, still count
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/relock.c:49:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/relock.c:31:9: note: atomic context begins here, at '_raw_spin_lock_irq' in 'next_signal'
testcases/atomic/relock.c:49:9: note: 'next_signal' calls 'msleep' on a path taken only when its field 'jobctl' of what argument 1 points to has no bit of 0x1 set, which may sleep
testcases/atomic/relock.c:65:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/relock.c:63:17: note: atomic context begins here, at '_raw_spin_lock' in 'lock_chain'
testcases/atomic/relock.c:65:9: note: 'lock_chain' calls 'msleep', which may sleep
testcases/atomic/relock.c:78:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/relock.c:75:17: note: atomic context begins here, at '_raw_spin_lock' in 'lock_each'
testcases/atomic/relock.c:78:9: note: 'lock_each' calls 'msleep', which may sleep
 * check-output-end
 */
