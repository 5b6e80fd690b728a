#include <linux/spinlock.h>
#include <linux/sched.h>

/*
 * rules/kernel-nocall.rules: __put_cred() calls put_cred_rcu() directly
 * only for faccessat's private override cred, never put in atomic
 * context; the shape of kernel/cred.c.
 */
struct rcu_head { void *next; };
struct cred {
	int non_rcu;
	void *group_info;
	struct rcu_head rcu;
};

void call_rcu(struct rcu_head *head, void (*func)(struct rcu_head *));

static void put_cred_rcu(struct rcu_head *rcu)
{
	struct cred *cred = (struct cred *)((char *)rcu - sizeof(void *) - sizeof(int));

	msleep(cred->non_rcu); /* kvfree() -> vfree(): might_sleep_if(!in_interrupt()) */
}

void __put_cred(struct cred *cred)
{
	if (cred->non_rcu)
		put_cred_rcu(&cred->rcu);
	else
		call_rcu(&cred->rcu, put_cred_rcu);
}

static spinlock_t lock;

void other_put(struct cred *peer)
{
	spin_lock(&lock);
	put_cred_rcu(&peer->rcu);
	spin_unlock(&lock);
}
/*
 * check-name: the same callee from another caller than the nocall rule names, under a lock (twin of nocall-clean.c)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/nocall.c:38:9: warning: call to 'put_cred_rcu' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/nocall.c:37:9: note: atomic context begins here, at '_raw_spin_lock' in 'other_put'
testcases/atomic/nocall.c:38:9: note: 'other_put' calls 'put_cred_rcu'
testcases/atomic/nocall.c:22:9: note: 'put_cred_rcu' calls 'msleep', which may sleep
 * check-output-end
 */
