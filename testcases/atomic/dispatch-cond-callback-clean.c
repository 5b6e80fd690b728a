#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/sched.h>

/* sound/core/pcm_native.c: snd_pcm_action_group() calls
 * ops->do_action(s, state) (1253); snd_pcm_do_prepare() (1969-1977)
 * sleeps in ops->prepare and, where substream->runtime is not NULL, in
 * snd_pcm_sync_stop() (616-621) */
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

/* snd_pcm_action_group(..., stream_lock=false): the buffer mutex, no
 * spinlock (pcm_native.c:1241-1242) */
static int action_group(const struct action_ops *ops, struct substream *s,
			struct mutex *lock)
{
	int res;

	mutex_lock(lock);
	res = ops->do_action(s);
	mutex_unlock(lock);
	return res;
}

int prepare(struct substream *s, struct mutex *lock)
{
	return action_group(&prepare_ops, s, lock);
}
/*
 * check-name: dispatch-cond-callback.c's callback called through its field with no lock held: no warning (both front ends)
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 *
 */
