/*
 * action-group-clean.c with one more caller: sub_prepare_locked() passes
 * the sleeping prepare ops to action(), which calls action_group() with
 * stream_lock true, so prepare's do_action runs with the spinlock held
 * there: the dispatch makes it atomic and its sleep is reported.
 */
#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/sched.h>

struct sub {
	spinlock_t lock;
	struct mutex mutex;
	int state;
};

struct action_ops {
	int (*pre_action)(struct sub *s, int state);
	int (*do_action)(struct sub *s, int state);
};

static int action_group(const struct action_ops *ops, struct sub *s, int state,
			bool stream_lock)
{
	int res;

	res = ops->pre_action(s, state);
	if (res < 0)
		return res;
	if (stream_lock)
		spin_lock(&s->lock);
	else
		mutex_lock(&s->mutex);
	res = ops->do_action(s, state);
	if (stream_lock)
		spin_unlock(&s->lock);
	else
		mutex_unlock(&s->mutex);
	return res;
}

static int action(const struct action_ops *ops, struct sub *s, int state)
{
	return action_group(ops, s, state, true);
}

static int action_lock_irq(const struct action_ops *ops, struct sub *s, int state)
{
	int res;

	local_irq_disable();
	res = action(ops, s, state);
	local_irq_enable();
	return res;
}

static int action_nonatomic(const struct action_ops *ops, struct sub *s, int state)
{
	return action_group(ops, s, state, false);
}

static int pre_any(struct sub *s, int state)
{
	return 0;
}

static int do_start(struct sub *s, int state)
{
	s->state = state;
	return 0;
}

static int do_prepare(struct sub *s, int state)
{
	msleep(1);
	s->state = state;
	return 0;
}

static const struct action_ops action_start = {
	.pre_action = pre_any,
	.do_action = do_start,
};

static const struct action_ops action_prepare = {
	.pre_action = pre_any,
	.do_action = do_prepare,
};

int sub_start(struct sub *s)
{
	return action(&action_start, s, 1);
}

int sub_start_irq(struct sub *s)
{
	return action_lock_irq(&action_start, s, 1);
}

int sub_prepare_locked(struct sub *s)
{
	return action(&action_prepare, s, 2);
}

int sub_prepare(struct sub *s)
{
	return action_nonatomic(&action_prepare, s, 2);
}
/*
 * check-name: a caller that holds the lock passes the sleeping ops
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/fnparam/action-group.c:75:9: warning: call to 'msleep' may sleep in atomic context, in 'do_prepare' [-Wsleep-in-atomic]
testcases/fnparam/action-group.c:34:15: note: 'do_prepare' runs in atomic context: 'action_group' calls through 'struct action_ops'.do_action here with spinlock held
testcases/fnparam/action-group.c:31:17: note: atomic context begins here, at '_raw_spin_lock' in 'action_group'
testcases/fnparam/action-group.c:87:22: note: 'do_prepare' is bound to 'struct action_ops.do_action' here, in the initializer of 'action_prepare'
testcases/fnparam/action-group.c:75:9: note: 'do_prepare' calls 'msleep', which may sleep
 * check-output-end
 */
