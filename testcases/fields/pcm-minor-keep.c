#include <linux/spinlock.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/errno.h>

/*
 * pcm-nonatomic.c's field, the PCM kept by ALSA's core as a void *:
 * snd_pcm_dev_register() passes it to snd_register_device() as
 * private_data among four other pointers (sound/core/pcm.c:1080), the
 * card's device list keeps it (snd_device_new(), :744) and
 * snd_pcm_open_file() gets it back from snd_lookup_minor_data()
 * (sound/core/pcm_native.c:2818).  rules/kernel-memory.rules says these
 * write nothing into it (mem-keep, mem-get), so the struct's fields are
 * still decided by its stores: none sets nonatomic, and the mutex is
 * never taken.  (The call is recorded by its own name, not by a struct
 * tag of another argument's type.)
 */
struct snd_card {
	int number;
};

struct device {
	int id;
};

struct file_operations {
	int (*open)(void *data);
};

struct snd_pcm {
	struct snd_card *card;
	int device;
	bool nonatomic;
	struct mutex open_mutex;
	spinlock_t lock;
	struct device dev;
};

int snd_register_device(int type, struct snd_card *card, int dev,
			const struct file_operations *f_ops, void *private_data,
			struct device *device);
void *snd_lookup_minor_data(unsigned int minor, int type);
int snd_device_new(struct snd_card *card, int type, void *device_data,
		   const void *ops);

static const struct file_operations pcm_f_ops;

int pcm_new(struct snd_card *card, int device, struct snd_pcm **rpcm)
{
	struct snd_pcm *pcm = kzalloc(sizeof(*pcm), GFP_KERNEL);

	if (!pcm)
		return -ENOMEM;
	pcm->card = card;
	pcm->device = device;
	*rpcm = pcm;
	return snd_device_new(card, 2, pcm, NULL);
}

int pcm_dev_register(struct snd_pcm *pcm)
{
	return snd_register_device(0, pcm->card, pcm->device, &pcm_f_ops, pcm,
				   &pcm->dev);
}

static void pcm_lock(struct snd_pcm *pcm, bool nonatomic)
{
	if (nonatomic)
		mutex_lock(&pcm->open_mutex);
}

int pcm_open(unsigned int minor)
{
	struct snd_pcm *pcm = snd_lookup_minor_data(minor, 0);

	if (!pcm)
		return -1;
	spin_lock(&pcm->lock);
	pcm_lock(pcm, pcm->nonatomic);
	spin_unlock(&pcm->lock);
	return 0;
}
/*
 * check-name: ALSA's core keeps a PCM as a void * and hands it back: its fields stay decided by their stores
 * check-exit-value: 0
 * check-command: sleepcheck --no-local-report -Itestcases/include $file && sleepcheck report
 */
