#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/sched.h>
#include <linux/slab.h>

/*
 * A bool field no store of the program sets, tested where it is read
 * and passed on as an argument that the callee tests: ALSA's PCM stream
 * lock is a mutex only when `substream->pcm->nonatomic`
 * (sound/core/pcm_native.c:88-99 snd_pcm_group_lock(group, nonatomic),
 * :111 snd_pcm_stream_lock() passes the field, :168
 * _snd_pcm_stream_lock_irqsave() tests it, :1337 snd_pcm_stream_group_ref()
 * keeps it in a local first).  snd_pcm_new() makes the object with
 * kzalloc() (sound/core/pcm.c:725) and on x86_64 defconfig nothing
 * stores the field (only ASoC does, not built), so the mutex branches
 * never run: the test of the field is decided by the program's stores
 * (none, on memory an allocator made), and so is the callee's test of
 * the argument that carries the field's value.  pcm-nonatomic-store.c
 * is the twin with a store of true.
 */
struct snd_pcm {
	int device;
	bool nonatomic;
};

struct snd_pcm_group {
	spinlock_t lock;
	struct mutex mutex;
};

struct snd_pcm_substream {
	struct snd_pcm *pcm;
	struct snd_pcm_group self_group;
};

static void group_lock(struct snd_pcm_group *group, bool nonatomic)
{
	if (nonatomic)
		mutex_lock(&group->mutex);
	else
		spin_lock(&group->lock);
}

void stream_lock(struct snd_pcm_substream *s)
{
	group_lock(&s->self_group, s->pcm->nonatomic);
}

unsigned long stream_lock_irqsave(struct snd_pcm_substream *s)
{
	if (s->pcm->nonatomic)
		mutex_lock(&s->self_group.mutex);
	else
		spin_lock(&s->self_group.lock);
	return 0;
}

void group_ref(struct snd_pcm_substream *s)
{
	bool nonatomic = s->pcm->nonatomic;

	group_lock(&s->self_group, nonatomic);
}

struct snd_pcm *pcm_new(int device)
{
	struct snd_pcm *pcm = kzalloc(sizeof(*pcm), GFP_KERNEL);

	if (pcm)
		pcm->device = device;
	return pcm;
}

void period_elapsed(struct snd_pcm_substream *s, spinlock_t *l)
{
	spin_lock(l);
	stream_lock(s);
	stream_lock_irqsave(s);
	group_ref(s);
	spin_unlock(l);
}
/*
 * check-name: a bool field no store sets decides its test and a callee's test of the value passed
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
