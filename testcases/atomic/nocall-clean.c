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

void sk_destruct(struct cred *peer)
{
	spin_lock(&lock);
	__put_cred(peer);
	spin_unlock(&lock);
}
/*
 * check-name: a direct call a nocall rule leaves out (__put_cred -> put_cred_rcu) under a lock
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
