#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/sched.h>

/* sound/core/pcm_native.c: snd_pcm_action_group() calls
 * ops->do_action(s, state) (1253) with the group's spinlock held
 * (1245); snd_pcm_do_prepare() (1969-1977) sleeps in ops->prepare and,
 * where substream->runtime is not NULL, in snd_pcm_sync_stop() (616-621) */
struct runtime {
	int stop_operating;
};

struct substream {
	struct runtime *runtime;
};

struct action_ops {
	int (*do_action)(struct substream *s);
};

extern struct mutex codec_mutex;

static void sync_stop(struct substream *s)
{
	if (s->runtime && s->runtime->stop_operating)
		msleep(1);
}

static int do_prepare(struct substream *s)
{
	sync_stop(s);
	mutex_lock(&codec_mutex);
	mutex_unlock(&codec_mutex);
	return 0;
}

static const struct action_ops prepare_ops = {
	.do_action = do_prepare,
};

static int action_group(const struct action_ops *ops, struct substream *s,
			spinlock_t *lock)
{
	int res;

	spin_lock(lock);
	res = ops->do_action(s);
	spin_unlock(lock);
	return res;
}

int prepare(struct substream *s, spinlock_t *lock)
{
	return action_group(&prepare_ops, s, lock);
}
/*
 * check-name: a callback made atomic by a call through a field, whose sleeps are one unconditional and one on a pointer member of its parameter, is one warning at the dispatch call, the callback's own finding under it (both front ends)
 * check-exit-value: 1
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 * check-output-start
testcases/atomic/dispatch-cond-callback.c:47:15: warning: call to 'struct action_ops'.do_action may sleep with spinlock held [-Wsleep-in-atomic]
testcases/atomic/dispatch-cond-callback.c:46:9: note: atomic context begins here, at '_raw_spin_lock' in 'action_group'
testcases/atomic/dispatch-cond-callback.c:47:15: note: the same call reaches 1 other sleep: 'mutex_lock' in 'do_prepare' (--show-all-paths lists them)
testcases/atomic/dispatch-cond-callback.c:47:15: note: 'action_group' calls 'do_prepare' via 'struct action_ops'.do_action = do_prepare at testcases/atomic/dispatch-cond-callback.c:38:22
testcases/atomic/dispatch-cond-callback.c:31:9: note: 'do_prepare' calls 'sync_stop'
testcases/atomic/dispatch-cond-callback.c:26:17: note: 'sync_stop' calls 'msleep' on a path taken only when its field 'runtime' of what argument 1 points to is non-zero, which may sleep
 * check-output-end
 */
