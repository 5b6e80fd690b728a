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
	msleep(1);
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
 * check-name: a callback made atomic by a dispatch call is blamed for the sleep behind its own call through another field
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/callbacks/no-cascade.c:26:9: warning: call to 'struct sub_ops'.op may sleep in atomic context, in 'start_impl' [-Wsleep-in-atomic]
testcases/callbacks/no-cascade.c:38:9: note: 'start_impl' runs in atomic context: 'top_dispatch' calls through 'struct top_ops'.start here with spinlock held
testcases/callbacks/no-cascade.c:37:9: note: atomic context begins here, at '_raw_spin_lock' in 'top_dispatch'
testcases/callbacks/no-cascade.c:30:18: note: 'start_impl' is bound to 'struct top_ops.start' here, in the initializer of 'top_impl'
testcases/callbacks/no-cascade.c:26:9: note: 'start_impl' calls 'sub_op_impl' via 'struct sub_ops'.op = sub_op_impl at testcases/callbacks/no-cascade.c:18:15
testcases/callbacks/no-cascade.c:14:9: note: 'sub_op_impl' calls 'msleep', which may sleep
 * check-output-end
 */
