#include <linux/bug.h>
#include <linux/sched.h>
#include <linux/spinlock.h>

/* include/linux/compiler.h:78 (6.1) */
#define unlikely(x)	__builtin_expect(!!(x), 0)

struct task {
	int flags;
	int status;
	spinlock_t lock;
};

/* net/sunrpc/sched.c rpc_put_task_async(): may sleep */
static void put_task(struct task *t)
{
	msleep(1);
}

/* net/sunrpc/sched.c:421 rpc_sleep_check_activated(): the sleep only
 * when the warning fires, a bug by the kernel's own statement */
static bool check_activated(struct task *t)
{
	if (WARN_ON_ONCE(!(t->flags & 1))) {
		t->status = -5;
		put_task(t);
		return false;
	}
	return true;
}

void sleep_on(struct task *t)
{
	spin_lock(&t->lock);
	if (!check_activated(t)) {
		spin_unlock(&t->lock);
		return;
	}
	t->status = 1;
	spin_unlock(&t->lock);
}

/* unlikely(WARN_ON()), in the function that holds the lock */
void fixup(struct task *t)
{
	spin_lock(&t->lock);
	if (unlikely(WARN_ON(t->status)))
		msleep(2);
	spin_unlock(&t->lock);
}

/* `if (!WARN_ON(x)) ... else`: the else is the bug path */
void else_path(struct task *t)
{
	spin_lock(&t->lock);
	if (!WARN_ON_ONCE(t->status))
		t->flags = 0;
	else
		schedule();
	spin_unlock(&t->lock);
}

/* the warning's value kept in a variable, tested once */
void kept(struct task *t)
{
	bool bad;

	spin_lock(&t->lock);
	bad = WARN_ON(t->flags & 2);
	if (bad)
		msleep(3);
	spin_unlock(&t->lock);
}

/* WARN(c, format...): its print, and the format's arguments, run only
 * when it fires */
void warn_format(struct task *t)
{
	spin_lock(&t->lock);
	if (WARN(t->status, "status %d\n", t->status))
		msleep(5);
	WARN_ONCE(t->flags & 4, "flags %d\n", t->flags);
	spin_unlock(&t->lock);
}
/*
 * check-name: sleeps only on the path a WARN_ON() takes when it fires are no findings
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
