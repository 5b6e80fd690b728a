/*
 * sound/core/pcm_native.c (6.1) in miniature: snd_pcm_action_group()
 * calls ops->do_action() with a stream's spinlock held only when its
 * stream_lock argument is true (:1229-1284); the prepare ops, whose
 * do_action sleeps, are passed only to snd_pcm_action_nonatomic()
 * (:2022), which passes false (:1415).  The call through the parameter's
 * member reaches, in atomic context, only the ops the callers that pass
 * true give it (start, through snd_pcm_action() and its irq-locking
 * wrapper), so prepare's sleep is no bug.
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

int sub_prepare(struct sub *s)
{
	return action_nonatomic(&action_prepare, s, 2);
}
/*
 * check-name: a call through a parameter's member reaches only what the callers pass
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
