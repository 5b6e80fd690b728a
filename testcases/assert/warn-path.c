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

/* the sleep is on the normal path, next to the warning */
static bool check_then_put(struct task *t)
{
	if (WARN_ON_ONCE(!(t->flags & 1)))
		return false;
	put_task(t);
	return true;
}

void sleep_on(struct task *t)
{
	spin_lock(&t->lock);
	check_then_put(t);
	spin_unlock(&t->lock);
}

/* `if (!WARN_ON(x))`: its true edge is the normal path */
void not_warned(struct task *t)
{
	spin_lock(&t->lock);
	if (!WARN_ON(t->status))
		msleep(2);
	else
		t->status = 0;
	spin_unlock(&t->lock);
}

/* the warning's path joins the normal one before the sleep */
void joined(struct task *t)
{
	spin_lock(&t->lock);
	if (unlikely(WARN_ON(t->status)))
		goto out;
	t->flags = 0;
out:
	msleep(3);
	spin_unlock(&t->lock);
}

/* a warning's value returned is no branch; the caller's test is no
 * warning */
static bool bad_status(struct task *t)
{
	return WARN_ON(t->status);
}

void caller_tests(struct task *t)
{
	spin_lock(&t->lock);
	if (bad_status(t))
		schedule();
	spin_unlock(&t->lock);
}

/* a condition that is more than the warning */
void more_than_warning(struct task *t)
{
	spin_lock(&t->lock);
	if (WARN_ON(t->status) || t->flags)
		msleep(4);
	spin_unlock(&t->lock);
}

/* WARN_ONCE(c, format...) */
void warn_format(struct task *t)
{
	spin_lock(&t->lock);
	if (WARN_ONCE(!t->flags, "no flags\n"))
		t->flags = 1;
	msleep(5);
	spin_unlock(&t->lock);
}
/*
 * check-name: sleeps on the normal path beside a WARN_ON() branch, or where its path joins it
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/assert/warn-path.c:32:9: warning: call to 'check_then_put' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/warn-path.c:31:9: note: atomic context begins here, at '_raw_spin_lock' in 'sleep_on'
testcases/assert/warn-path.c:32:9: note: 'sleep_on' calls 'check_then_put'
testcases/assert/warn-path.c:25:9: note: 'check_then_put' calls 'put_task' on a path taken only when its field 'flags' of what argument 1 points to has a bit of 0x1 set
testcases/assert/warn-path.c:17:9: note: 'put_task' calls 'msleep', which may sleep
testcases/assert/warn-path.c:41:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/warn-path.c:39:9: note: atomic context begins here, at '_raw_spin_lock' in 'not_warned'
testcases/assert/warn-path.c:41:17: note: 'not_warned' calls 'msleep', which may sleep
testcases/assert/warn-path.c:55:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/warn-path.c:50:9: note: atomic context begins here, at '_raw_spin_lock' in 'joined'
testcases/assert/warn-path.c:55:9: note: 'joined' calls 'msleep', which may sleep
testcases/assert/warn-path.c:70:17: warning: call to 'schedule' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/warn-path.c:68:9: note: atomic context begins here, at '_raw_spin_lock' in 'caller_tests'
testcases/assert/warn-path.c:70:17: note: 'caller_tests' calls 'schedule', which may sleep
testcases/assert/warn-path.c:79:17: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/warn-path.c:77:9: note: atomic context begins here, at '_raw_spin_lock' in 'more_than_warning'
testcases/assert/warn-path.c:79:17: note: 'more_than_warning' calls 'msleep', which may sleep
testcases/assert/warn-path.c:89:9: warning: call to 'msleep' may sleep with spinlock held [-Wsleep-in-atomic]
testcases/assert/warn-path.c:86:9: note: atomic context begins here, at '_raw_spin_lock' in 'warn_format'
testcases/assert/warn-path.c:89:9: note: 'warn_format' calls 'msleep', which may sleep
 * check-output-end
 */
