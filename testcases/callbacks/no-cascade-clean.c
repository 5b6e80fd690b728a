#include <linux/spinlock.h>
#include <linux/sched.h>

struct sub_ops {
	void (*op)(void);
};

struct top_ops {
	void (*start)(const struct sub_ops *sub);
};

static void sub_op_impl(void)
{
	udelay(1);
}

const struct sub_ops sub_impl = {
	.op = sub_op_impl,
};

/* made an atomic entry by top_dispatch() below; its own call through
 * .op does not make .op atomic in turn (one guess is not built on
 * another), so the sleep behind it is reported here, in start_impl */
static void start_impl(const struct sub_ops *sub)
{
	sub->op();
}

const struct top_ops top_impl = {
	.start = start_impl,
};

static spinlock_t top_lock;

void top_dispatch(const struct top_ops *ops, const struct sub_ops *sub)
{
	spin_lock(&top_lock);
	ops->start(sub);
	spin_unlock(&top_lock);
}
/*
 * check-name: the same two levels of callbacks, and the inner one busy-waits
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
